/**
 * The queue's state lives in the URL (tab, filters, search, cursor) so that every view can be
 * bookmarked, shared and reached with back/forward. French parameter names, as users see them.
 */

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
}

export const FORM_KEYS = ["etat", "cas", "donnee", "regle", "dept", "instructeur", "du", "au", "q"] as const;

export interface QueueView {
  readonly tab: QueueTab;
  readonly form: QueueForm;
  readonly cursor: QueueCursor | undefined;
}

const DAY = 86_400_000;

export function parseQueueView(query: URLSearchParams): QueueView {
  const tab = QUEUE_TABS.find((candidate) => candidate.key === query.get("onglet")) ?? QUEUE_TABS[0]!;
  const form = Object.fromEntries(
    FORM_KEYS.map((key) => [key, (query.get(key) ?? "").trim().slice(0, 200)]),
  ) as unknown as QueueForm;
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(query.get("apres") ?? "");
  return { tab, form, cursor: match ? { submittedAt: Number(match[1]), id: Number(match[2]) } : undefined };
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
  };
}

/** The query string for a view (tab + filters + optional cursor), without empty fields. */
export function queueQuery(tabKey: string, form: QueueForm, after?: QueueCursor): string {
  const params = new URLSearchParams({ onglet: tabKey });
  for (const key of FORM_KEYS) if (form[key]) params.set(key, form[key]);
  if (after) params.set("apres", `${after.submittedAt}.${after.id}`);
  return params.toString();
}

function parseDay(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const at = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(at) ? undefined : at;
}
