/**
 * One typing of a raw value per column type, shared by the three writers so that a CSV, an XLSX
 * and an ODS of the same rows always agree on what is a number, a date or a text.
 */

import type { CellValue, ColumnType } from "./columns";
import { calendarDay, isoDateTime, parisWallClock, type WallClock } from "../domain/paris-time";

export type Cell =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "date"; readonly at: WallClock }
  | { readonly kind: "datetime"; readonly at: WallClock };

const EMPTY: Cell = { kind: "empty" };
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Only instants that say which time zone they are in: "2024-03-05 14:30" could be Paris or UTC.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[-+]\d{2}:\d{2})$/;

/**
 * The rules, in order: null, a missing key, "" and non-finite numbers are empty; a JS number is a
 * number whatever the column says (it cannot be a formula); a Date is a date or a date-time in
 * Paris (as a date-time text in text and number columns); a string is parsed only when its column
 * asks for that type and it has an unambiguous form, and otherwise stays text, so nothing is lost.
 */
export function toCell(type: ColumnType, value: CellValue | undefined): Cell {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY;
  if (value instanceof Date) return fromDate(type, value);
  switch (type) {
    case "integer":
    case "number":
      return DECIMAL.test(value) ? { kind: "number", value: Number(value) } : { kind: "text", text: value };
    case "date":
      return fromDayString(value);
    case "datetime":
      return INSTANT.test(value) ? fromDate(type, new Date(value)) : { kind: "text", text: value };
    case "text":
      return { kind: "text", text: value };
  }
}

function fromDate(type: ColumnType, value: Date): Cell {
  if (Number.isNaN(value.getTime())) return EMPTY;
  const at = parisWallClock(value);
  // The Paris day, not the UTC one: a day stored as local midnight is 22:00 or 23:00 UTC the day
  // before, and a day stored as UTC midnight is still the same day in Paris.
  if (type === "date") return { kind: "date", at: calendarDay(at.year, at.month, at.day) };
  if (type === "datetime") return { kind: "datetime", at };
  return { kind: "text", text: isoDateTime(at) };
}

function fromDayString(value: string): Cell {
  const match = DAY.exec(value);
  if (!match) return { kind: "text", text: value };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  const real = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  return real ? { kind: "date", at: calendarDay(year, month, day) } : { kind: "text", text: value };
}
