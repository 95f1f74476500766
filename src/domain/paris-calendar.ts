/** Days and Monday-started weeks on the Paris calendar, so statistics buckets follow French midnights. */

// Statistics are read by people in France: a decision taken at 00:30 on 31 March belongs to
// 31 March even though it is still 30 March in UTC, and a day can last 23 or 25 hours.
import { formatDate, formatDayMonth, parisOffsetMs, parisWallClock } from "./paris-time";

export type Granularity = "day" | "week";

/** A date on the calendar, without a time or a zone; month is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Calendar boundaries of one bucket: Paris midnights, start inclusive, end exclusive. */
export interface CalendarBucket {
  readonly start: number;
  readonly end: number;
}

export function parisDate(ms: number): CivilDate {
  const { year, month, day } = parisWallClock(new Date(ms));
  return { year, month, day };
}

/** The instant of 00:00 in Paris on that date (midnight is never skipped: clocks change at 2 or 3 a.m.). */
export function parisMidnight(date: CivilDate): number {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day);
  // The second pass corrects the guess when the offset at the guess differs from the offset at midnight.
  const guess = asUtc - parisOffsetMs(asUtc);
  return asUtc - parisOffsetMs(guess);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export function mondayOf(date: CivilDate): CivilDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/** The days (or the weeks, from Monday) that cover [from, to); the first may start before `from`. */
export function calendarBuckets(from: number, to: number, granularity: Granularity): CalendarBucket[] {
  if (!(from < to)) return [];
  const step = granularity === "week" ? 7 : 1;
  let date = granularity === "week" ? mondayOf(parisDate(from)) : parisDate(from);
  let start = parisMidnight(date);
  const buckets: CalendarBucket[] = [];
  while (start < to) {
    date = addDays(date, step);
    const end = parisMidnight(date);
    buckets.push({ start, end });
    start = end;
  }
  return buckets;
}

/** "12 mars", "1er mars" or "sem. du 10 mars"; with the year when a chart spans several years. */
export function bucketLabel(start: number, granularity: Granularity, withYear = false): string {
  const date = (withYear ? formatDate : formatDayMonth)(start).replace(/^1 /, "1er ");
  return granularity === "week" ? `sem. du ${date}` : date;
}
