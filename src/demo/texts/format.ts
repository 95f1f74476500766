/**
 * French formatting for the demo acts. Written by hand rather than with Intl because
 * Intl's fr-FR output uses narrow no-break spaces, which the PDFs' standard font cannot draw,
 * and because registers spell dates out in words ("l'an deux mille vingt-quatre").
 */

const UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
] as const;
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"] as const;
const MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

const DAY_MS = 86_400_000;

function unit(n: number): string {
  return UNITS[n] ?? String(n);
}

/** 0 to 99 in words, enough for days, hours and the years of a mandate. */
function numberInWords(n: number): string {
  if (n < 20) return unit(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens <= 6) {
    const base = TENS[tens] ?? "";
    if (units === 0) return base;
    return units === 1 ? `${base} et un` : `${base}-${unit(units)}`;
  }
  if (tens === 7) return units === 1 ? "soixante et onze" : `soixante-${unit(10 + units)}`;
  if (tens === 8) return units === 0 ? "quatre-vingts" : `quatre-vingt-${unit(units)}`;
  return `quatre-vingt-${unit(10 + units)}`;
}

function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()] ?? "";
}

/** "12 mars 2024", "1er juin 2024" (UTC, so the demo does not depend on the server's zone). */
export function formatDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? "1er" : day} ${monthName(date)} ${date.getUTCFullYear()}`;
}

/** "12/03/2024" */
export function formatShortDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** "le douze mars", "le premier juin" */
export function dayAndMonthInWords(date: Date): string {
  const day = date.getUTCDate();
  return `le ${day === 1 ? "premier" : numberInWords(day)} ${monthName(date)}`;
}

/** "deux mille vingt-quatre" */
export function yearInWords(date: Date): string {
  const rest = date.getUTCFullYear() - 2000;
  return rest === 0 ? "deux mille" : `deux mille ${numberInWords(rest)}`;
}

/** "dix-neuf heures trente" */
export function timeInWords(hour: number, minute: number): string {
  const hours = `${numberInWords(hour)} heure${hour > 1 ? "s" : ""}`;
  return minute === 0 ? hours : `${hours} ${numberInWords(minute)}`;
}

export function groupThousands(integer: number): string {
  return String(integer).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** "1,20 €", "1 250,00 €" */
export function euros(amount: number): string {
  const cents = Math.round(amount * 100);
  const integer = Math.floor(cents / 100);
  return `${groupThousands(integer)},${String(cents % 100).padStart(2, "0")} €`;
}

/** "1 200 €", for thresholds and round amounts. */
export function wholeEuros(amount: number): string {
  return `${groupThousands(Math.round(amount))} €`;
}

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export interface Effect {
  readonly date: Date;
  /** "2024-2025": the school year the tariff applies to. */
  readonly schoolYear: string;
}

/** Acts voted before the summer apply at the rentrée, later ones on the next 1st of January. */
export function effectiveFrom(actDate: Date): Effect {
  const year = actDate.getUTCFullYear();
  const beforeSummer = actDate.getUTCMonth() <= 6;
  const date = beforeSummer ? new Date(Date.UTC(year, 8, 1)) : new Date(Date.UTC(year + 1, 0, 1));
  return { date, schoolYear: `${year}-${year + 1}` };
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
