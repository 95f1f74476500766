/**
 * The instruction queue as instructors think of it: the tabs, the filter fields as typed in
 * the form (with the order and the page size), the filters the storage applies and a position
 * in one of the queue's orders. Pure: the URL parsing lives in the web layer
 * (src/web/queue-params.ts), the query in storage (src/storage/queue-store.ts).
 */

import { QUEUE_SORTS, READING_OUTCOMES, SUGGESTION_KEYS, type QueueSort, type ReadingOutcome } from "./queue-order";
import { isRequestState, type RequestState } from "./request-state";

export interface QueueFilters {
  readonly states: readonly RequestState[];
  readonly useCase?: string;
  readonly scope?: string;
  readonly failingRule?: string;
  readonly departement?: string;
  /** An instructor's id, or "none" for requests nobody has taken. */
  readonly assignedTo?: number | "none";
  readonly submittedFrom?: number;
  readonly submittedTo?: number;
  readonly search?: string;
  readonly outcome?: ReadingOutcome;
  readonly suggestion?: string;
}

/** A position in the queue: the row's value in the sort column, then its id. */
export interface QueueCursor {
  readonly at: number;
  readonly id: number;
}

/** Where a page of the queue starts: after a row (next pages) or before one (previous pages). */
export interface QueuePosition {
  readonly after?: QueueCursor;
  readonly before?: QueueCursor;
  /** The page's number, shown as "page N sur M"; 1 without a cursor. */
  readonly page: number;
}

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
export const DEFAULT_PAGE_SIZE = 50;

export function pageSizeOf(form: QueueForm): number {
  return PAGE_SIZES.find((size) => String(size) === form.par) ?? DEFAULT_PAGE_SIZE;
}

export function sortOf(form: QueueForm): QueueSort {
  return QUEUE_SORTS.find((candidate) => candidate.key === form.tri)?.sort ?? "oldest";
}

/** A row's position for a sort, to page or find neighbours from it. */
export function cursorOf(
  row: { id: number; submittedAt: number | null; updatedAt: number },
  sort: QueueSort,
): QueueCursor {
  return { at: (sort === "oldest" || sort === "newest" ? row.submittedAt : row.updatedAt) ?? 0, id: row.id };
}

const DAY = 86_400_000;

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

function parseDay(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const at = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(at) ? undefined : at;
}
