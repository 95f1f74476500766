/**
 * The queue's state lives in the URL (tab, filters, search, order, page and its cursor) so that
 * every view can be bookmarked, shared and reached with back/forward. French parameter names,
 * as users see them.
 */

import { QUEUE_SORTS, READING_OUTCOMES, SUGGESTION_KEYS, type QueueSort } from "../domain/queue-order";
import { isRequestState, type RequestState } from "../domain/request-state";
import type { QueueCursor, QueueFilters } from "../storage/queue-store";

export interface QueueTab {
  readonly key: string;
  readonly label: string;
  readonly states: readonly RequestState[];
  /** "Suivies par moi": the requests assigned to the viewer. */
  readonly mine?: boolean;
}

export const QUEUE_TABS: readonly QueueTab[] = [
  { key: "a-instruire", label: "À instruire", states: ["submitted"] },
  { key: "acte-tarifaire", label: "Acte tarifaire demandé", states: ["tariff_act_requested"] },
  { key: "suivies", label: "Suivies par moi", states: ["submitted", "tariff_act_requested"], mine: true },
  { key: "traitees", label: "Traitées", states: ["accepted", "rejected"] },
  { key: "toutes", label: "Toutes", states: ["submitted", "tariff_act_requested", "accepted", "rejected"] },
];

/** The filter fields as typed in the form (strings), kept to refill it. */
export interface QueueForm {
  readonly etat: string;
  readonly cas: string;
  readonly donnee: string;
  readonly regle: string;
  readonly dept: string;
  readonly instructeur: string;
  readonly du: string;
  readonly au: string;
  readonly q: string;
  readonly lecture: string;
  readonly suggestion: string;
  readonly tri: string;
  readonly par: string;
}

export const FORM_KEYS = [
  "etat",
  "cas",
  "donnee",
  "regle",
  "dept",
  "instructeur",
  "du",
  "au",
  "q",
  "lecture",
  "suggestion",
  "tri",
  "par",
] as const;

/** Rows per page the instructor may choose; 50 unless the URL says otherwise. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;

/** Where a page of the queue starts: after a row (next pages) or before one (previous pages). */
export interface QueuePosition {
  readonly after?: QueueCursor;
  readonly before?: QueueCursor;
  /** The page's number, shown as "page N sur M"; 1 without a cursor. */
  readonly page: number;
}

export interface QueueView {
  readonly tab: QueueTab;
  readonly form: QueueForm;
  readonly sort: QueueSort;
  readonly pageSize: number;
  readonly position: QueuePosition;
}

const DAY = 86_400_000;

export function parseQueueView(query: URLSearchParams): QueueView {
  const tab = QUEUE_TABS.find((candidate) => candidate.key === query.get("onglet")) ?? QUEUE_TABS[0]!;
  const form = Object.fromEntries(
    FORM_KEYS.map((key) => [key, (query.get(key) ?? "").trim().slice(0, 200)]),
  ) as unknown as QueueForm;
  const after = parseCursor(query.get("apres"));
  const before = after ? undefined : parseCursor(query.get("avant"));
  const page = /^\d{1,6}$/.test(query.get("page") ?? "") ? Math.max(1, Number(query.get("page"))) : 1;
  const pageSize = PAGE_SIZES.find((size) => String(size) === form.par) ?? DEFAULT_PAGE_SIZE;
  return { tab, form, sort: sortOf(form), pageSize, position: { after, before, page: after || before ? page : 1 } };
}

export function sortOf(form: QueueForm): QueueSort {
  return QUEUE_SORTS.find((candidate) => candidate.key === form.tri)?.sort ?? "oldest";
}

function parseCursor(value: string | null): QueueCursor | undefined {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value ?? "");
  return match ? { at: Number(match[1]), id: Number(match[2]) } : undefined;
}

/** The filters for a tab; `viewerId` makes "Suivies par moi" mean the signed-in instructor. */
export function filtersFor(tab: QueueTab, form: QueueForm, viewerId: number): QueueFilters {
  const state = isRequestState(form.etat) && tab.states.includes(form.etat) ? form.etat : undefined;
  const until = parseDay(form.au);
  const instructor =
    form.instructeur === "aucun" ? "none" : /^\d+$/.test(form.instructeur) ? Number(form.instructeur) : undefined;
  return {
    states: state ? [state] : tab.states,
    useCase: form.cas || undefined,
    scope: form.donnee || undefined,
    failingRule: form.regle || undefined,
    departement: form.dept || undefined,
    assignedTo: tab.mine ? viewerId : instructor,
    submittedFrom: parseDay(form.du),
    // "au 12 mars" includes the whole of 12 March.
    submittedTo: until === undefined ? undefined : until + DAY,
    search: form.q || undefined,
    outcome: READING_OUTCOMES.find((candidate) => candidate.key === form.lecture)?.outcome,
    suggestion: SUGGESTION_KEYS[form.suggestion],
  };
}

/** The query string for a view (tab + filters + order + optional page), without empty fields. */
export function queueQuery(tabKey: string, form: QueueForm, position?: QueuePosition): string {
  const params = new URLSearchParams({ onglet: tabKey });
  for (const key of FORM_KEYS) if (form[key]) params.set(key, form[key]);
  if (position?.after) params.set("apres", `${position.after.at}.${position.after.id}`);
  if (position?.before) params.set("avant", `${position.before.at}.${position.before.id}`);
  if (position && (position.after || position.before)) params.set("page", String(position.page));
  return params.toString();
}

function parseDay(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const at = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(at) ? undefined : at;
}
