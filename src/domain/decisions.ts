/**
 * An instructor's three decisions, and the French word each has in its URL
 * (/instruction/demandes/:id/<path>): the routes and the decision forms read both from here.
 */

const DECISIONS = ["accept", "reject", "request_tariff_act"] as const;
export type Decision = (typeof DECISIONS)[number];

export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

export const DECISION_PATHS: Record<Decision, string> = {
  accept: "valider",
  reject: "refuser",
  request_tariff_act: "demander-acte-tarifaire",
};

/** The decision whose URL word this is (a box's « Utiliser » names its box by it). */
export function decisionAtPath(path: string): Decision | undefined {
  return (Object.keys(DECISION_PATHS) as Decision[]).find((decision) => DECISION_PATHS[decision] === path);
}
