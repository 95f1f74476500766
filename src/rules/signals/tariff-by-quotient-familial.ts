/**
 * tariff_by_quotient_familial: the price or aid varies with the family's quotient familial
 * (CAF, MSA or municipal), or with brackets the CAF computes ("chiffre CAF"). A QF named only
 * to be ruled out, or only defined, does not count; a PSU "taux d'effort" on resources neither.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage, sentenceOf } from "../passages";
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

// A bare "quotient" computed from tax data is a CCAS or fiscal quotient, not the family's QF.
const BARE_QUOTIENT = /^quotients?$/;
const FAMILY_QUOTIENT_CONTEXT = /\b(?:familia\w+|caf|msa|qf)\b/;

// "Quotient = Revenu fiscal de référence / nombre de personnes": the document's own quotient is fiscal,
// so its bare "Quotient < 10 987 €" brackets elsewhere are no QF either.
const FISCAL_QUOTIENT_DEFINED =
  /\bquotients?\s*(?:=|:|est (?:egal|calcule|obtenu)\w*)[^.\n]{0,80}\b(?:revenu fiscal|rfr|revenus? imposables?|avis d'imposition)/;

// "attestation de quotient familial", "numéro CAF/QF": a paper asked for, not yet a price that varies.
const PROOF_BEFORE =
  /\b(?:attestations?|justificatifs?|certificats?|copies?|numeros?|avis|fournir|joindre|presenter)\s+(?:\w+\s+){0,2}(?:de |du |d'|le |la |l')?\s*(?:la |l')?(?:caf |msa )?$/;
const VARIATION =
  /\b(?:selon|en fonction|suivant|d'apres|tranches?|grilles?|baremes?|modul\w*|degressi\w*|proportionnel\w*|inferieurs?|superieurs?|compris entre|jusqu'a|au-dela)\b|[<>\u2264\u2265%]|\bde \d+ (?:a|\u00e0) \d+/;

// A proposal or a wish ("les tranches pourraient être établies selon le QF") is no tariff yet.
const HYPOTHETICAL =
  /\b(?:pourrai(?:t|en)t?|serai(?:t|en)t?|devrai(?:t|en)t?|souhait\w*|proposition d\w* (?:groupe|opposition)|opposition)\b/;

/** Whether the QF mention at [start, end) is a criterion of a price, not a paper, a formula or a wish. */
function appliesToPrice(reading: Reading, start: number, end: number, fiscalQuotient: boolean): boolean {
  const { folded } = reading;
  if (!tariffNear(folded, start, end) || isNegated(reading, start, end)) return false;
  const sentence = sentenceOf(reading, start, end);
  if (occursIn(HYPOTHETICAL, folded, sentence.start, sentence.end)) return false;
  const word = folded.slice(start, end);
  if (BARE_QUOTIENT.test(word) && !occursIn(FAMILY_QUOTIENT_CONTEXT, folded, sentence.start, sentence.end)) {
    if (fiscalQuotient || occursIn(TAX_CONTEXT, folded, sentence.start, sentence.end)) return false;
  }
  if (PROOF_BEFORE.test(folded.slice(Math.max(sentence.start, start - 50), start))) {
    return occursIn(VARIATION, folded, sentence.start, sentence.end);
  }
  return true;
}

export function detectTariffByQuotientFamilial(reading: Reading): SignalResult {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  const fiscalQuotient = FISCAL_QUOTIENT_DEFINED.test(folded);
  forEachMatch(QF_MENTION, folded, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (!appliesToPrice(reading, start, end, fiscalQuotient)) return;
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
