/** Axis arithmetic shared by the charts: 1-2-5 ticks, French numbers, label thinning. */

const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** "1 500 000" with the narrow no-break spaces French typography uses. */
export const formatNumber = (value: number): string => NUMBER.format(value);

export interface Ticks {
  readonly step: number;
  /** The top of the axis: the first tick at or above the largest value. */
  readonly max: number;
  readonly values: readonly number[];
}

/**
 * Ticks from 0 in steps of 1, 2 or 5 × 10^k, about `intervals` of them, so gridlines fall on round
 * numbers a reader can compare (0, 5, 10, 15 rather than 0, 3.5, 7, 10.5). Counts are whole:
 * with `integer` the step never goes below 1, so an axis for 3 requests reads 0, 1, 2, 3.
 */
export function niceTicks(maxValue: number, { intervals = 4, integer = true } = {}): Ticks {
  if (!(maxValue > 0) || !Number.isFinite(maxValue)) return { step: 1, max: 1, values: [0, 1] };
  const rough = maxValue / intervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const multiple = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  const step = integer ? Math.max(1, multiple * power) : multiple * power;
  const count = Math.ceil(maxValue / step - 1e-9);
  // toPrecision removes the 0.30000000000000004 of decimal steps.
  const values = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { step, max: values[values.length - 1]!, values };
}

/** A rough width in pixels of a label at 12 px: enough to keep labels from overlapping. */
export const textWidth = (text: string, fontSize = 12): number => text.length * fontSize * 0.6;

/** Show one category label in `every`, so that they do not overlap; the table keeps them all. */
export function labelEvery(labels: readonly string[], available: number): number {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label))) + 16;
  return Math.max(1, Math.ceil((labels.length * widest) / Math.max(available, 1)));
}

/** SVG coordinates to a tenth of a pixel: shorter markup, no 460.50000000000006. */
export const px = (value: number): number => Math.round(value * 10) / 10;

export function truncate(text: string, width: number): string {
  const fits = Math.floor(width / textWidth("x"));
  return text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
}
