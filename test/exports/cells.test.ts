import { describe, expect, it } from "vitest";
import { toCell } from "../../src/exports/cells";
import type { CellValue, ColumnType } from "../../src/exports/columns";
import { isoDate, isoDateTime, parisIsoDateTime, parisWallClock } from "../../src/domain/paris-time";

/** A cell as the CSV would show it, to keep the table readable. */
function shown(type: ColumnType, value: CellValue | undefined): string {
  const cell = toCell(type, value);
  switch (cell.kind) {
    case "empty":
      return "(vide)";
    case "text":
      return `texte ${cell.text}`;
    case "number":
      return `nombre ${cell.value}`;
    case "date":
      return `date ${isoDate(cell.at)}`;
    case "datetime":
      return `instant ${isoDateTime(cell.at)}`;
  }
}

describe("toCell", () => {
  it.each<[ColumnType, CellValue | undefined, string]>([
    ["text", null, "(vide)"],
    ["text", undefined, "(vide)"],
    ["text", "", "(vide)"],
    ["integer", Number.NaN, "(vide)"],
    ["number", Number.POSITIVE_INFINITY, "(vide)"],
    ["text", "0123", "texte 0123"],
    ["text", -5, "nombre -5"],
    ["integer", "42", "nombre 42"],
    ["integer", "-7", "nombre -7"],
    ["number", "3.25", "nombre 3.25"],
    ["number", "3,25", "texte 3,25"],
    ["number", "12 €", "texte 12 €"],
    ["date", "2024-02-29", "date 2024-02-29"],
    ["date", "2023-02-29", "texte 2023-02-29"],
    ["date", "05/03/2024", "texte 05/03/2024"],
    ["date", new Date("2024-03-04T23:30:00Z"), "date 2024-03-05"],
    ["date", new Date("2024-03-05T00:00:00Z"), "date 2024-03-05"],
    ["date", new Date("invalid"), "(vide)"],
    ["datetime", new Date("2024-01-15T08:00:00Z"), "instant 2024-01-15T09:00:00+01:00"],
    ["datetime", "2024-06-15T08:00:00Z", "instant 2024-06-15T10:00:00+02:00"],
    ["datetime", "2024-06-15T08:00:00+02:00", "instant 2024-06-15T08:00:00+02:00"],
    ["datetime", "2024-06-15 08:00", "texte 2024-06-15 08:00"],
    ["text", new Date("2024-06-15T08:00:00Z"), "texte 2024-06-15T10:00:00+02:00"],
  ])("%s %j → %s", (type, value, result) => {
    expect(shown(type, value)).toBe(result);
  });
});

describe("parisWallClock", () => {
  it.each([
    // Summer time starts on the last Sunday of March at 01:00 UTC, ends on October's at 01:00 UTC.
    ["2024-03-31T00:59:59Z", "2024-03-31T01:59:59+01:00"],
    ["2024-03-31T01:00:00Z", "2024-03-31T03:00:00+02:00"],
    ["2024-10-27T00:59:59Z", "2024-10-27T02:59:59+02:00"],
    ["2024-10-27T01:00:00Z", "2024-10-27T02:00:00+01:00"],
    ["2024-12-31T23:00:00Z", "2025-01-01T00:00:00+01:00"],
    ["2024-05-01T10:00:00.999Z", "2024-05-01T12:00:00+02:00"],
  ])("%s is %s in Paris", (utc, paris) => {
    expect(isoDateTime(parisWallClock(new Date(utc)))).toBe(paris);
  });

  it("gives the same answer from the cache as from Intl", () => {
    const at = new Date("2024-08-01T12:34:56Z");
    expect(parisWallClock(at)).toEqual(parisWallClock(new Date(at.getTime())));
    expect(isoDateTime(parisWallClock(new Date("2024-08-01T12:00:00Z")))).toBe("2024-08-01T14:00:00+02:00");
  });

  it("writes the same text through the CSV's shortcut, hour by hour over forty years and around every change", () => {
    const HOUR = 3_600_000;
    const instants: number[] = [];
    // Every hour (and a second before it) from 1995 to 2035, before that by the day (Paris time
    // before 1911 is not a whole number of minutes from UTC), and in between at odd seconds.
    for (let at = Date.UTC(1995, 0, 1); at < Date.UTC(2035, 0, 1); at += HOUR) instants.push(at, at - 1_000);
    for (let at = Date.UTC(1890, 0, 1); at < Date.UTC(1995, 0, 1); at += 24 * HOUR + 1_234_567) instants.push(at);
    for (let at = -5_000; at < 5_000; at += 999) instants.push(at);
    instants.push(Date.UTC(2200, 5, 1, 12), Date.UTC(-50, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59));
    const differing = instants.filter(
      (at) => parisIsoDateTime(new Date(at)) !== isoDateTime(parisWallClock(new Date(at))),
    );
    expect(instants.length).toBeGreaterThan(700_000);
    expect(differing.map((at) => new Date(at).toISOString())).toEqual([]);
  });
});
