/**
 * Where a text names a children criterion: "3e enfant", "2ème et suivants", "fratrie", "frères et sœurs",
 * "plusieurs enfants",
 * "familles nombreuses", "nombre d'enfants", "enfant supplémentaire", "réduction … par enfant",
 * "par enfant à charge", "deuxième élève d'une même famille", and counts "1 enfant / 2 enfants".
 * One scan for the few anchor words, then a look at the words around each.
 */

import { forEachMatch } from "./cues";

const ORDINAL =
  "(?:\\b[1-9]\\s?(?:e|eme|ieme|em|nd|d|°|er|ere)|\\b(?:premier|deuxieme|second|troisieme|quatrieme|cinquieme|sixieme))";

const ANCHOR = /\b(?:enfants?|fratries?|nombreuses?|famille|freres?|s(?:oe|\u0153)urs?)\b/g;
// "plusieurs enfants d'une même famille", "plusieurs enfants inscrits": siblings without a rank.
const SEVERAL_BEFORE = /\bplusieurs $/;
const SIBLINGS = /^(?:fratrie|frere|s(?:oe|\u0153)ur)/;
const RANK_BEFORE = new RegExp(`${ORDINAL}\\s*(?:et (?:[a-z0-9°]+ ){0,2})?$`);
const NUMBER_OF_BEFORE = /\bnombre d'$/;
const EXTRA_AFTER = /^\s+(?:supplementaires?|suivants?|additionnels?)\b/;
const PER_CHILD_BEFORE = /\bpar $/;
const DEPENDENT_AFTER = /^\s+a charge\b/;
const REDUCTION_PER_BEFORE =
  /\b(?:reduction|abattement|remise|minoration|deduction|diminution)s?\b[^.;\n]{0,40}\bpar $/;
const LARGE_FAMILY_BEFORE = /\bfamilles? $/;
const SIBLING_RANK_BEFORE = new RegExp(
  `${ORDINAL}\\s*(?:eleves?|inscrits?|jeunes|participants?|membres?)\\b[^.;\\n]{0,40}?\\b(?:meme|une|la) $`,
);
const COUNT_BEFORE = /\b[1-9]\s?$/;
// A count in figures or in words: "2 enfants", "deux enfants".
const NUMBER = "(?:[1-9]|deux|trois|quatre|cinq|six)";
// "à partir de 2 enfants", "dès deux enfants inscrits": a count that is a threshold.
const THRESHOLD_BEFORE = new RegExp(`\\b(?:a partir de|des|au-dela de|plus de|au moins) ${NUMBER}\\s?$`);
// "les familles de quatre enfants", "foyers ayant 3 enfants": a class of families a price follows
// (plural: "une famille de 2 enfants" is an example, not a rule).
const FAMILY_OF_BEFORE = new RegExp(`\\b(?:familles|foyers|menages) (?:de|avec|ayant|comptant) ${NUMBER}\\s?$`);
const AND_MORE_AFTER = /^\s+(?:et plus|ou plus|et au-dela)\b/;

interface ChildCriterion {
  readonly start: number;
  readonly end: number;
  /** "nombre d'enfants" is the one wording a QF definition also uses. */
  readonly numberOf: boolean;
  /** A rank or a count, often a grid cell whose price sits on the next line rather than in the sentence. */
  readonly cell: boolean;
}

export interface ChildMentions {
  readonly criteria: ChildCriterion[];
  /** Starts of "<digit> enfant(s)": column headers when two different counts stand close. */
  readonly counts: number[];
}

export function findChildMentions(folded: string): ChildMentions {
  const criteria: ChildCriterion[] = [];
  const counts: number[] = [];
  forEachMatch(ANCHOR, folded, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    const before = folded.slice(Math.max(0, start - 70), start);
    const after = folded.slice(end, end + 30);
    const found = (from: number, to: number, numberOf = false, cell = false) =>
      void criteria.push({ start: from, end: to, numberOf, cell });
    const cellFound = (from: number, to: number) => found(from, to, false, true);
    if (SIBLINGS.test(word)) return found(start, end);
    if (word.startsWith("nombreuse")) {
      const family = LARGE_FAMILY_BEFORE.exec(before);
      return family ? found(start - family[0].length, end) : undefined;
    }
    if (word === "famille") {
      const rank = SIBLING_RANK_BEFORE.exec(before);
      return rank ? found(start - rank[0].length, end) : undefined;
    }
    const near = before.slice(-30);
    if (SEVERAL_BEFORE.test(near)) return found(start - 10, end);
    const rank = RANK_BEFORE.exec(near);
    if (rank) return cellFound(start - rank[0].length, end);
    if (NUMBER_OF_BEFORE.test(near)) return found(start - 9, end, true, true);
    const extra = EXTRA_AFTER.exec(after);
    if (extra) return cellFound(start, end + extra[0].length);
    if (PER_CHILD_BEFORE.test(near)) {
      const dependent = DEPENDENT_AFTER.exec(after);
      if (dependent) return found(start - 4, end + dependent[0].length);
      const reduction = REDUCTION_PER_BEFORE.exec(before);
      if (reduction) return found(start - reduction[0].length, end);
    }
    const threshold = THRESHOLD_BEFORE.exec(near) ?? FAMILY_OF_BEFORE.exec(near);
    if (threshold) return cellFound(start - threshold[0].length, end);
    const count = COUNT_BEFORE.exec(near);
    if (!count) return;
    const andMore = AND_MORE_AFTER.exec(after);
    if (andMore) return cellFound(start - count[0].length, end + andMore[0].length);
    counts.push(start - count[0].length);
  });
  return { criteria, counts };
}
