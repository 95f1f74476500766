/**
 * mentions_income_or_tax: the household's income or resources, the tax notice, the revenu
 * fiscal de référence, taxable resources, "revenus modestes" (not "familles modestes" alone, which
 * speaks of a public, not of its income) — named in any way, even to rule
 * them out ("sans condition de ressources" says the act thought about income). Not an
 * unqualified "situation financière", not the commune's own revenue or resources (budget,
 * buildings, human resources, water), not the RSA (a benefit, not an income level).
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";
import { forEachMatch } from "./cues";
import { fromEvidence, type SignalResult } from "./signal";

// What follows "revenu(s)" when the word is the commune's revenue or a benefit's name.
const NOT_HOUSEHOLD_REVENUE =
  "(?!\\s+(?:de solidarite|minimum|universel|d'activite|(?:des|de ses|de leurs) (?:immeubles|biens|locations|concessions|placements|forets|chasses|services|salles|droits de place)|du (?:domaine|patrimoine|budget|service|marche)|de la (?:commune|ville|collectivite|regie|communaute|vente|location)|de l'(?:etablissement|exploitation)|communaux|locatifs?|patrimoniaux|domaniaux|d'exploitation|des (?:immeubles|concessions|forets))\\b)";

// What follows "ressources" when the word is the commune's means, a staff or a document centre.
const NOT_HOUSEHOLD_RESOURCES =
  "(?!\\s+(?:humaines|documentaires|pedagogiques|numeriques|naturelles|en eau|propres|budgetaires|internes|(?:financieres|fiscales) (?:de la|du|des) (?:commune|ville|collectivite|syndicat|communaute|budget)|de la (?:commune|ville|collectivite|communaute)|du (?:budget|syndicat|service|territoire)|necessaires)\\b)(?<!\\b(?:centres?|personnes?|espaces?|poles?|salles?) (?:de )?ressources)";

const INCOME = new RegExp(
  [
    `\\brevenus?\\b${NOT_HOUSEHOLD_REVENUE}`,
    `\\bressources\\b${NOT_HOUSEHOLD_RESOURCES}`,
    `\\bavis d(?:'|e )\\s?(?:non[\\s-]?)?(?:imposition|impots?)\\b`,
    `\\b(?:elements?|justificatifs?|attestations?|declarations?) d'(?:imposition|impots?)\\b`,
    `\\bimpots? sur le revenu\\b|\\bnon[\\s-]imposables?\\b|\\b(?:revenus?|ressources) (?:net )?imposables?\\b`,
    `\\brfr\\b|\\bfoyers? fisca(?:l|ux)\\b|\\bnombre de parts\\b|\\bparts? fiscales?\\b`,
    `\\b(?:bulletins?|fiches?) de (?:salaire|paie|paye)\\b`,
  ].join("|"),
  "g",
);

export function detectMentionsIncomeOrTax(reading: Reading): SignalResult {
  const evidence: Evidence[] = [];
  forEachMatch(INCOME, reading.folded, (m) => {
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length, 180));
    return evidence.length < 3;
  });
  return fromEvidence(evidence);
}
