/**
 * Tariff grids written as text tables, the way town halls type them into their acts.
 * Thresholds and prices come from the act's seed so two communes never share a grid.
 */

import type { Rng } from "../random";
import { euros, groupThousands, roundTo, wholeEuros } from "./format";

export interface Bracket {
  readonly from: number;
  /** null for the open-ended top bracket. */
  readonly to: number | null;
}

const THRESHOLD_SETS: readonly (readonly number[])[] = [
  [450, 700, 950, 1200, 1500],
  [400, 650, 900, 1150],
  [500, 800, 1100, 1400, 1800],
  [350, 600, 850, 1100, 1350, 1600],
  [550, 750, 1000, 1300],
];

export function qfBrackets(rng: Rng): Bracket[] {
  const thresholds = rng.pick(THRESHOLD_SETS);
  return [...thresholds, null].map((to, index) => ({
    from: index === 0 ? 0 : (thresholds[index - 1] ?? 0) + 1,
    to,
  }));
}

/** Increasing prices, one per bracket, rounded the way councils round them. */
export function priceLadder(
  rng: Rng,
  count: number,
  start: readonly [number, number],
  step: readonly [number, number],
  rounding = 0.05,
): number[] {
  const prices: number[] = [];
  let price = roundTo(rng.between(start[0], start[1]), rounding);
  for (let index = 0; index < count; index++) {
    prices.push(price);
    price = roundTo(price + rng.between(step[0], step[1]), rounding);
  }
  return prices;
}

/**
 * Three ways of writing the same bracket, because real acts disagree on it and the
 * annotator has to read all of them.
 */
export function bracketLabel(bracket: Bracket, style: number): string {
  const { from, to } = bracket;
  if (to === null)
    return style === 2
      ? `quotient familial supérieur à ${wholeEuros(from - 1)}`
      : `QF supérieur à ${wholeEuros(from - 1)}`;
  if (style === 1)
    return from === 0
      ? `QF inférieur ou égal à ${wholeEuros(to)}`
      : `QF compris entre ${wholeEuros(from)} et ${wholeEuros(to)}`;
  if (style === 2) return `quotient familial de ${wholeEuros(from)} à ${wholeEuros(to)}`;
  return `QF de ${groupThousands(from)} à ${wholeEuros(to)}`;
}

export function trancheName(index: number, lettered: boolean): string {
  return lettered ? `Tranche ${String.fromCharCode(65 + index)}` : `Tranche ${index + 1}`;
}

/** "Tranche 1 — QF de 0 à 450 € : 1,20 € par repas", one line per bracket. */
export function gridLines(
  brackets: readonly Bracket[],
  prices: readonly number[],
  unit: string,
  style: number,
  lettered = false,
): string {
  return brackets
    .map(
      (bracket, index) =>
        `${trancheName(index, lettered)} — ${bracketLabel(bracket, style)} : ${euros(prices[index] ?? 0)}${unit === "" ? "" : ` ${unit}`}`,
    )
    .join("\n");
}

/** A grid with several columns per bracket, e.g. morning / evening / Wednesday prices. */
export function multiColumnLines(
  brackets: readonly Bracket[],
  columns: readonly { label: string; prices: readonly number[] }[],
  style: number,
): string {
  return brackets
    .map((bracket, index) => {
      const cells = columns.map((column) => `${column.label} ${euros(column.prices[index] ?? 0)}`).join(" / ");
      return `${trancheName(index, false)} — ${bracketLabel(bracket, style)} : ${cells}`;
    })
    .join("\n");
}
