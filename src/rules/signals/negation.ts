/**
 * Whether a criterion is named only to be ruled out: "sans condition de ressources",
 * "quel que soit le quotient", "le quotient familial n'est pas pris en compte".
 */

import { sentenceOf } from "../passages";
import type { Reading } from "../reading";

// The negator, then at most four words before the criterion ("sans tenir compte du …").
const NEGATOR_BEFORE =
  /(?:\bsans\b|\bindependamment\b|\bquel(?:le)?s? que soi(?:en)?t\b|\bquelque soi(?:en)?t\b|\bni\b|\bpas (?:de|d'|du|des|en fonction|selon|sur|au|aux)\b|\bn'(?:est|etant|etait|a|ont|sont|y a) (?:pas|plus|jamais)\b|\bne (?:[a-z]+ ){0,2}(?:pas|plus|jamais)\b|\bnon (?:soumis|module|fonction|indexe|lie|base|calcule|applicable|pris)\w*|\baucune?\b|\bsupprim\w*|\bsuppression\b|\babandon\w*|\babrog\w*|\bmettre fin\b|\bplutot que\b|\bau lieu d[eu']|\bremplac\w*)((?:[\s,'-]+[a-z0-9']+){0,4})[\s,'-]*$/;

// Words that show the negation bears on a paper or a calculation, not on the criterion itself:
// "les familles qui ne fournissent pas leur attestation de quotient paient le tarif maximum".
const NOT_ABOUT_CRITERION =
  /\b(?:attestation|justificatif|document|avis|changement|modification|calcul|fourni\w*|present\w*|transmi\w*|connu\w*)/;

// After the criterion: "… n'est pas pris en compte", "… ne sont plus retenues", "… est supprimé".
const NEGATOR_AFTER =
  /^(?:[\s,'-]+[a-z0-9'()]+){0,6}?[\s,'-]*(?:(?:n'(?:est|a|ont|sont|intervien\w*|entre\w*|influe\w*|sera|seront)|ne (?:sont|sera|seront|tient|tiennent|joue\w*|change\w*|intervien\w*|rentre\w*|entre\w*|modifie\w*|influe\w*|s'applique\w*|compte\w*|conditionne\w*|depend\w*|module\w*))\s(?:[a-z']+\s){0,2}?(?:pas|plus|aucun\w*|jamais)\b|(?:est|sont|a ete|ont ete) (?:supprime|abandonne|abroge)\w*|(?:non|pas) (?:pris|retenu|applique|utilise)\w*)/;

const BEFORE_REACH = 70;
const AFTER_REACH = 90;

/** Whether the mention at [start, end) is negated within its sentence. */
export function isNegated(reading: Reading, start: number, end: number): boolean {
  const { folded } = reading;
  const sentence = sentenceOf(reading, start, end, 160);
  const before = folded.slice(Math.max(sentence.start, start - BEFORE_REACH), start);
  const negated = NEGATOR_BEFORE.exec(before);
  if (negated && !NOT_ABOUT_CRITERION.test(negated[0])) return true;
  const after = folded.slice(end, Math.min(sentence.end, end + AFTER_REACH));
  return NEGATOR_AFTER.test(after);
}
