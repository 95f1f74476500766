/**
 * The seven signals of the annotate contract, in contract order: what the reader says of every
 * document (the API and its OpenAPI document name them too, so they live in the domain).
 */

export const SIGNAL_KEYS = [
  "is_deliberation",
  "fixes_tariffs",
  "tariff_by_quotient_familial",
  "tariff_by_residence",
  "tariff_by_number_of_children",
  "mentions_caf_or_allocataire",
  "mentions_income_or_tax",
] as const;
export type SignalKey = (typeof SIGNAL_KEYS)[number];
