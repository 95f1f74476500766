/**
 * tariff_by_quotient_familial: the price or aid varies with the family's quotient familial
 * (CAF, MSA or municipal), or with brackets the CAF computes ("chiffre CAF"). A QF named only
 * to be ruled out, or only defined, does not count; a PSU "taux d'effort" on resources neither.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";
import { forEachMatch, hasMoney, occursIn, tariffNear } from "./cues";
import { isNegated } from "./negation";
import { fromEvidence, type SignalResult } from "./signal";

// "quotient familial", "QF", "Q.F.", "QF3", "quotient CAF", "chiffre CAF"; OCR may double letters.
const QF_MENTION =
  /\bquotients?(?:\s+famil+ia(?:l|ux|le|les)\b)?|\bq\.?f\.?(?:\d{1,2})?(?![a-z])|\bchiffres? (?:caf|msa)\b/g;

// Brackets named without the word "quotient" ("Tranche A : 1,20 €") count only in a CAF/MSA context.
const BRACKET = /\btranches?\s+(?:[a-h]|\d{1,2})\b/g;
const CAF_CONTEXT = /\b(?:caf|msa|allocataires?|quotient|qf)\b/;
const TAX_CONTEXT = /\b(?:revenu fiscal|imposition|imposables?|rfr|parts? fiscales?)\b/;
const BRACKET_REACH = 300;

export function detectTariffByQuotientFamilial(reading: Reading): SignalResult {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  forEachMatch(QF_MENTION, folded, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!tariffNear(folded, start, end) || isNegated(reading, start, end)) return;
    addEvidence(evidence, passage(reading, start, end));
    return evidence.length < 3;
  });
  if (evidence.length > 0) return fromEvidence(evidence);
  forEachMatch(BRACKET, folded, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    const from = start - BRACKET_REACH;
    const to = end + BRACKET_REACH;
    if (!occursIn(CAF_CONTEXT, folded, from, to) || occursIn(TAX_CONTEXT, folded, from, to)) return;
    if (!hasMoney(folded, start, end + 120)) return;
    addEvidence(evidence, passage(reading, start, end));
    return evidence.length < 3;
  });
  return fromEvidence(evidence);
}
