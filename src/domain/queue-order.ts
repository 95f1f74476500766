/**
 * How the instruction queue can be ordered and what the reading concluded for each request:
 * the words the instructor sees, the values the URL carries, and the row's outcome from its
 * findings' counts. Pure, shared by the storage query, the URL parser and the views.
 */

/** The queue's orders; the first is the instructors' order of work. */
export const QUEUE_SORTS = [
  { key: "anciennes", sort: "oldest", label: "Soumission la plus ancienne" },
  { key: "recentes", sort: "newest", label: "Soumission la plus récente" },
  { key: "modifiees", sort: "updated", label: "Dernière modification" },
  { key: "attente", sort: "waiting", label: "Sans changement depuis le plus longtemps" },
] as const;

export type QueueSort = (typeof QUEUE_SORTS)[number]["sort"];

/**
 * The reading's outcome for a request, the worst of its data verdicts: a datum not justified,
 * else a datum to check by hand ("à vérifier", a warning), else all justified; or not read yet.
 */
export type ReadingOutcome = "unjustified" | "to_check" | "justified" | "unread";

export const READING_OUTCOMES: readonly { key: string; outcome: ReadingOutcome; label: string }[] = [
  { key: "non-justifiees", outcome: "unjustified", label: "Données non justifiées" },
  { key: "a-verifier", outcome: "to_check", label: "Données à vérifier" },
  { key: "justifiees", outcome: "justified", label: "Toutes les données justifiées" },
  { key: "non-lues", outcome: "unread", label: "Pas encore lue" },
];

export function readingOutcome(counts: { read: boolean; unjustified: number; toCheck: number }): ReadingOutcome {
  if (!counts.read) return "unread";
  if (counts.unjustified > 0) return "unjustified";
  if (counts.toCheck > 0) return "to_check";
  return "justified";
}

/** The suggested decision, as the queue's filter names it in the URL. */
export const SUGGESTION_KEYS: Readonly<Record<string, "accept" | "request_tariff_act" | "reject">> = {
  valider: "accept",
  "acte-tarifaire": "request_tariff_act",
  refuser: "reject",
};

/** What the reading concluded for one row of the queue: its outcome, the counts, the suggestion. */
export interface RowReading {
  readonly outcome: ReadingOutcome;
  readonly unjustified: number;
  readonly toCheck: number;
  readonly suggestion: string | null;
}
