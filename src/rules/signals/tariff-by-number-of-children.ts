/**
 * tariff_by_number_of_children: the price or aid depends on how many children the family has
 * or on the child's rank ("à partir du 3e enfant", "réduction fratrie", columns 1/2/3 enfants).
 * Children named only inside the definition of the QF (or of tax parts) do not count.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, lineAround, passage, sentenceOf } from "../passages";
import { findChildMentions } from "./child-criteria";
import { hasMoney, occursIn, TARIFF_CUE, tariffNear } from "./cues";
import { isNegated } from "./negation";
import { fromEvidence, type SignalResult } from "./signal";

// The QF or tax parts are computed from the number of children: that is not a tariff by children.
const QF_DEFINITION = /\b(?:quotient|qf|revenus?|ressources|(?:demi-)?parts?(?! de marche)|parts? fiscales?)\b/;
// How a definition reads: the QF is computed, divided, made of parts. "Les tarifs varient selon le
// quotient familial et le nombre d'enfants" names two criteria of the price, not a formula.
// "… fonction des revenus et du nombre d'enfants": the children sit beside the income, inside the QF.
const INCOME_BESIDE = /\b(?:revenus?|ressources)\b[^.;\n]{0,40}$/;
// "le QF, lequel dépend de …", "le quotient tient compte de …": the QF's own make-up.
const QF_MADE_OF =
  /\b(?:quotient|qf)\b[^.;\n]{0,40}\b(?:depend\w*|est fonction|tient compte|prend en compte|integre\w*|compos\w*)\b/;
const DEFINITION_FORM =
  /\b(?:calcul\w*|divis\w*|(?:demi-)?parts?(?! de marche)|obtenu\w*|formule|rapport|egal\w*)\b|[=/\u00f7]/;
const EFFORT_RATE = /\btaux d'effort\b/;
// A price that itself changes with the children, which a QF definition never says.
const DIRECT_PRICE =
  /\b(?:reduction|reduit|gratuit\w*|degressi\w*|remise|abattement|tarif (?:plein|reduit)|minoration)\b/;

// Column headers "1 enfant | 2 enfants | 3 enfants et plus" (one line or one cell per line),
// or "pour 1 enfant … pour 2 enfants …": two different counts close together, with prices.
const COLUMN_REACH = 150;
const RATE = /\d[.,]\d+\s?%/;

// "nombre d'enfants" is a criterion of the price where something varies with it ("selon", "en
// termes de", "dégressif en fonction du"), or as a grid's heading followed by counts; not in
// "le nombre d'enfants accueillis est limité à 40".
const VARIES_WITH =
  /\b(?:selon|fonction d[eu]|suivant|d'apres|en termes de|vari\w*|degressi\w*|modul\w*|compte d[eu]|base\w* sur|depend\w* d[eu])\b[^.;\n]{0,50}$/;
const COUNTS_AFTER = /^[^\n\d]{0,12}\b[1-9]\b[^\n]{0,30}\b[2-9]\b/;

function numberOfVaries(folded: string, start: number, end: number, sentenceStart: number): boolean {
  return (
    VARIES_WITH.test(folded.slice(Math.max(sentenceStart, start - 80), start)) ||
    COUNTS_AFTER.test(folded.slice(end, end + 60))
  );
}

function childrenInDefinition(reading: Reading, start: number, end: number, numberOf: boolean): boolean {
  const { folded } = reading;
  const sentence = sentenceOf(reading, start, end);
  if (occursIn(EFFORT_RATE, folded, sentence.start, sentence.end)) return false;
  if (!occursIn(QF_DEFINITION, folded, sentence.start, sentence.end)) return false;
  // "tarif selon le QF, réduction de 20 % à partir du 3e enfant": the rank is a price rule of its own.
  if (numberOf) {
    return (
      occursIn(DEFINITION_FORM, folded, sentence.start, sentence.end) ||
      INCOME_BESIDE.test(folded.slice(Math.max(sentence.start, start - 60), start)) ||
      occursIn(QF_MADE_OF, folded, sentence.start, sentence.end)
    );
  }
  return !occursIn(DIRECT_PRICE, folded, sentence.start, sentence.end);
}

export function detectTariffByNumberOfChildren(reading: Reading): SignalResult {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  const mentions = findChildMentions(folded);
  for (const { start, end, numberOf, cell } of mentions.criteria) {
    const sentence = sentenceOf(reading, start, end);
    // A rank in a grid may have its price on the next line; "fratrie" must be priced in its sentence.
    const priced =
      occursIn(TARIFF_CUE, folded, sentence.start, sentence.end) || (cell && tariffNear(folded, start, end, 60, 120));
    if (!priced || isNegated(reading, start, end) || childrenInDefinition(reading, start, end, numberOf)) continue;
    if (numberOf && !numberOfVaries(folded, start, end, sentence.start)) continue;
    addEvidence(evidence, passage(reading, start, end));
    if (evidence.length >= 3) break;
  }
  if (evidence.length > 0) return fromEvidence(evidence);
  for (const at of mentions.counts) {
    const distinct = new Set(
      mentions.counts.filter((c) => c >= at && c < at + COLUMN_REACH).map((c) => folded.charAt(c)),
    );
    // Prices, or the PSU effort rates by number of children ("0,0619 % | 0,0516 %").
    const priced = hasMoney(folded, at - 200, at + 300) || occursIn(RATE, folded, at - 200, at + 300);
    if (distinct.size < 2 || !priced || isNegated(reading, at, at + 8)) continue;
    const line = lineAround(folded, at);
    addEvidence(evidence, reading.evidence(line.start, Math.min(line.end, at + COLUMN_REACH)));
    break;
  }
  return fromEvidence(evidence);
}
