/**
 * Dates in words as pages show them: the same text as Intl's French formats in Paris, for every
 * instant, including the nights when Paris changes its offset, midnight, the year's last minute
 * and instants before 1970. The day's words are cached; the time is computed from the offset.
 */

import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDayMonth } from "../../src/domain/paris-time";

const ZONE = "Europe/Paris";
const intl = {
  dateTime: new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: ZONE }),
  date: new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: ZONE }),
  dayMonth: new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", timeZone: ZONE }),
};

const MINUTE = 60_000;
const around = (iso: string, minutes: number[]) => minutes.map((offset) => Date.parse(iso) + offset * MINUTE);

const INSTANTS = [
  // Spring forward (2024-03-31 02:00 → 03:00 in Paris, 01:00 UTC) and fall back (2024-10-27, 01:00 UTC).
  ...around("2024-03-31T01:00:00Z", [-61, -60, -1, 0, 1, 59, 60]),
  ...around("2024-10-27T01:00:00Z", [-61, -60, -1, 0, 1, 59, 60]),
  // Paris midnight in winter and summer, the year's end, a leap day, seconds and milliseconds.
  ...around("2024-01-14T23:00:00Z", [-1, 0, 1]),
  ...around("2024-07-13T22:00:00Z", [-1, 0, 1]),
  ...around("2024-12-31T22:59:00Z", [0, 1, 2]),
  Date.parse("2024-02-29T11:59:59.999Z"),
  Date.parse("2026-12-06T04:21:38.500Z"),
  // Before 1970 and long after.
  Date.parse("1969-12-31T23:30:00Z"),
  Date.parse("1950-06-01T12:00:00Z"),
  Date.parse("2100-03-28T01:30:00Z"),
];

describe("dates in words", () => {
  it.each(INSTANTS.map((ms) => [new Date(ms).toISOString(), ms]))("%s reads as Intl says", (_, ms) => {
    expect(formatDateTime(ms)).toBe(intl.dateTime.format(new Date(ms)));
    expect(formatDate(ms)).toBe(intl.date.format(new Date(ms)));
    expect(formatDayMonth(ms)).toBe(intl.dayMonth.format(new Date(ms)));
  });

  it("reads every quarter hour of two years as Intl does", () => {
    const start = Date.parse("2024-01-01T00:07:00Z");
    for (let ms = start; ms < start + 2 * 366 * 24 * 60 * MINUTE; ms += 15 * MINUTE) {
      if (formatDateTime(ms) !== intl.dateTime.format(new Date(ms))) {
        expect(formatDateTime(ms), new Date(ms).toISOString()).toBe(intl.dateTime.format(new Date(ms)));
      }
    }
  });
});
