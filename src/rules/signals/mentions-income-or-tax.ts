/**
 * mentions_income_or_tax: the household's income or resources, the tax notice, the revenu
 * fiscal de référence, taxable resources, "revenus modestes". Not an unqualified "situation
 * financière", not the commune's own revenue, not a criterion named only to be ruled out.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";
import { forEachMatch } from "./cues";
import { isNegated } from "./negation";
import { fromEvidence, type SignalResult } from "./signal";

const HOUSEHOLD =
  "(?:du foyer|des foyers|de la famille|des familles|des parents|du menage|des menages|du demandeur|des demandeurs|des beneficiaires|de l'allocataire|des usagers|familia\\w+)";

const INCOME = new RegExp(
  [
    `\\brevenus? (?:fiscal|fiscaux|imposables?|${HOUSEHOLD}|annuels?|mensuels?|nets?|bruts?|modestes|globa\\w+|par part|disponibles?|declares?|de reference|de l'annee|n-[12]|cumules?)`,
    `\\bressources (?:${HOUSEHOLD}|mensuelles|annuelles|imposables|prises en compte|declarees)`,
    `\\b(?:fonction|selon|suivant|compte|base|niveau|montant|plafonds?|conditions?|tranches?|justificatifs?|adaptes?|adaptees?|proportionnel\\w*)\\s+(?:de |des |du |de leurs |de ses |aux |a leurs |a leur |a ses |a )?(?:revenus|ressources)\\b`,
    `\\b(?:leurs|ses|vos) (?:revenus|ressources)\\b`,
    `\\bavis d(?:'|e )\\s?(?:non[\\s-]?)?imposition\\b`,
    `\\brevenu fiscal\\b|\\brfr\\b|\\bnon[\\s-]imposables?\\b|\\bimpots? sur le revenu\\b`,
    `\\bnombre de parts\\b|\\bparts? fiscales?\\b`,
    `\\b(?:faibles|bas|petits|modestes|hauts) revenus\\b`,
  ].join("|"),
  "g",
);

export function detectMentionsIncomeOrTax(reading: Reading): SignalResult {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  forEachMatch(INCOME, folded, (m) => {
    const end = m.index + m[0].length;
    if (isNegated(reading, m.index, end)) return;
    addEvidence(evidence, passage(reading, m.index, end, 180));
    return evidence.length < 3;
  });
  return fromEvidence(evidence);
}
