/** Paris midnights, Monday weeks and French bucket labels, whatever the machine's time zone. */

import { describe, expect, it } from "vitest";
import {
  addDays,
  bucketLabel,
  calendarBuckets,
  mondayOf,
  parisDate,
  parisMidnight,
} from "../../src/domain/paris-calendar";

const at = (iso: string) => Date.parse(iso);

describe("parisMidnight", () => {
  it.each([
    [{ year: 2025, month: 3, day: 30 }, "2025-03-30T00:00+01:00"], // the 23-hour day
    [{ year: 2025, month: 3, day: 31 }, "2025-03-31T00:00+02:00"],
    [{ year: 2025, month: 10, day: 26 }, "2025-10-26T00:00+02:00"], // the 25-hour day
    [{ year: 2025, month: 10, day: 27 }, "2025-10-27T00:00+01:00"],
    [{ year: 2024, month: 12, day: 31 }, "2024-12-31T00:00+01:00"],
  ])("%o → %s", (date, iso) => {
    expect(parisMidnight(date)).toBe(at(iso));
  });
});

describe("parisDate", () => {
  it("reads the Paris date, not the UTC one", () => {
    expect(parisDate(at("2025-03-30T22:30Z"))).toEqual({ year: 2025, month: 3, day: 31 });
    expect(parisDate(at("2025-12-31T23:30Z"))).toEqual({ year: 2026, month: 1, day: 1 });
  });
});

describe("calendar arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays({ year: 2024, month: 12, day: 30 }, 3)).toEqual({ year: 2025, month: 1, day: 2 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    [{ year: 2025, month: 3, day: 10 }, 10], // a Monday is its own Monday
    [{ year: 2025, month: 3, day: 16 }, 10], // Sunday belongs to the week before
    [{ year: 2025, month: 3, day: 12 }, 10],
  ])("mondayOf(%o) is the %i", (date, day) => {
    expect(mondayOf(date)).toEqual({ year: 2025, month: 3, day });
  });
});

describe("calendarBuckets", () => {
  it("covers a period that does not start at midnight", () => {
    const buckets = calendarBuckets(at("2025-03-10T15:00+01:00"), at("2025-03-11T09:00+01:00"), "day");
    expect(buckets).toEqual([
      { start: at("2025-03-10T00:00+01:00"), end: at("2025-03-11T00:00+01:00") },
      { start: at("2025-03-11T00:00+01:00"), end: at("2025-03-12T00:00+01:00") },
    ]);
  });

  it("is empty for an empty period", () => {
    expect(calendarBuckets(1000, 1000, "week")).toEqual([]);
  });
});

describe("bucketLabel", () => {
  it.each([
    ["2025-03-12T00:00+01:00", "day", false, "12 mars"],
    ["2025-03-01T00:00+01:00", "day", false, "1er mars"],
    ["2025-03-10T00:00+01:00", "week", false, "sem. du 10 mars"],
    ["2024-12-30T00:00+01:00", "week", true, "sem. du 30 décembre 2024"],
    ["2025-03-31T00:00+02:00", "day", false, "31 mars"], // 30 March 22:00 in UTC
  ] as const)("%s (%s) → %s", (iso, granularity, withYear, label) => {
    expect(bucketLabel(at(iso), granularity, withYear)).toBe(label);
  });
});
