/**
 * A period given as two days in a query string (AAAA-MM-JJ, UTC days), both included: `to`
 * ends at the next midnight. The exports and the API's statistics read dates the same way, so
 * `from=D&to=D` is the whole of day D everywhere. A missing bound means no bound.
 */

import { invalid } from "../domain/errors";

const DAY = 86_400_000;

export interface DayPeriod {
  readonly from: number;
  /** Exclusive: the midnight after the last day. */
  readonly to: number;
}

export function dayPeriod(from: string | undefined, to: string | undefined, names: [string, string]): DayPeriod {
  const start = day(from, names[0]);
  const last = day(to, names[1]);
  return { from: start ?? 0, to: last === undefined ? Number.MAX_SAFE_INTEGER : last + DAY };
}

function day(value: string | undefined, name: string): number | undefined {
  if (!value) return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(at)) throw invalid(`« ${name} » doit être une date (AAAA-MM-JJ).`, { [name]: "Date invalide." });
  return at;
}
