/**
 * Words that tell what a passage is about — a price, an aid, a condition — shared by the
 * detectors. All patterns run on folded text (lowercase, no accents, straight quotes).
 */

/** A price or an aid is being stated nearby: the context that turns a keyword into a condition. */
export const TARIFF_CUE =
  /\b(?:tarif\w*|prix|participations?|bareme\w*|grilles?|montants?|factur\w*|redevances?|cotisations?|forfait\w*|payer|payant\w*|paie\w*|paye\w*|reductions?|reduit\w*|exonerat\w*|gratuit\w*|degressi\w*|abattements?|remises?|reste a charge|aides?|tranches?|categories?|majoration\w*|majore\w*|taux d'effort|euros?|droits? d'(?:inscription|entree))\b|€|\d\s?%/;

/** Money: "3,50 €", "1 200 euros", "2.60€". Group 1 is the integer part, group 2 the cents. */
export const MONEY = /(?<![\d.,])(\d{1,3}(?:[ .]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s?(?:€|euros?\b|eur\b)/g;

/** A bare decimal amount in a grid ("0,91", "4.80") that carries no currency sign. */
export const BARE_DECIMAL = /(?<![\d.,])\d{1,4}[,.]\d{2}(?![\d.,]?\d)/g;

/** School catchment, not residence pricing: "hors secteur", "dérogation", "carte scolaire". */
export const CATCHMENT =
  /\b(?:secteurs? scolaires?|sectorisation|carte scolaire|perimetres? scolaires?|derogations?|hors secteur|ecoles? de secteur)\b/;

const MONEY_ONCE = new RegExp(MONEY.source);

/** Whether an amount of money is written between two offsets of the folded text. */
export function hasMoney(folded: string, start: number, end: number): boolean {
  return occursIn(MONEY_ONCE, folded, start, end);
}

/** The integer value of a MONEY match, for telling a unit price from a budget line. */
export function moneyValue(match: RegExpExecArray): number {
  const whole = Number((match[1] ?? "0").replace(/[ .]/g, ""));
  const cents = match[2] ? Number(match[2].padEnd(2, "0")) / 100 : 0;
  return whole + cents;
}

/** Runs a global pattern over a text from the start, whatever an earlier run left in lastIndex. */
export function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => boolean | void): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex++;
    if (visit(match) === false) break;
  }
  pattern.lastIndex = 0;
}

/** Whether `pattern` occurs in the folded text between two offsets (clipped to the text). */
export function occursIn(pattern: RegExp, folded: string, start: number, end: number): boolean {
  return pattern.test(folded.slice(Math.max(0, start), Math.min(folded.length, end)));
}

/** A price or aid is stated within `before`/`after` characters of [start, end). */
export function tariffNear(folded: string, start: number, end: number, before = 160, after = 200): boolean {
  return occursIn(TARIFF_CUE, folded, start - before, end + after);
}
