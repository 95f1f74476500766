/**
 * requestRows reads a batch of requests as ONE string from SQLite (fields and rows joined by
 * separator characters) and splits it back. The CSV written from those rows must be byte-identical
 * to the CSV written from the same rows read value by value, on hostile values: quotes,
 * separators, CR/LF, formula starts (also after a tab or CR), accents, emoji, NULLs, unknown codes,
 * the unit and record separators themselves (those batches take the JSON path), dates around
 * Paris's DST changes, several batches, and texts long enough to make D1 refuse a batch (it then
 * halves it). Runs on libSQL and, with the same file, on D1 in workerd.
 */

import { describe, expect, it } from "vitest";
import { mapRows, REQUEST_COLUMNS, requestRow } from "../../src/exports/catalogue";
import { csvStream } from "../../src/exports/csv";
import { countRequestRows, requestRows, type ExportPeriod } from "../../src/storage/export-store";
import { createHarness } from "../support/harness";
import { each, referenceRows, seedHostileRequests } from "./support/hostile-requests";
import { collect } from "./support/streams";

async function seed(rows: number, longText = 0, separatorsFrom?: number) {
  const harness = await createHarness();
  await seedHostileRequests(harness.db, rows, longText, separatorsFrom);
  return harness;
}

async function bothWays(
  rows: number,
  period: ExportPeriod,
  separator: "," | ";",
  longText = 0,
  separatorsFrom?: number,
) {
  const { db } = await seed(rows, longText, separatorsFrom);
  const options = { separator, bom: true } as const;
  const batched = await collect(csvStream(REQUEST_COLUMNS, mapRows(requestRows(db, period), requestRow), options));
  const reference = await referenceRows(db, period);
  const expected = await collect(csvStream(REQUEST_COLUMNS, mapRows(each(reference), requestRow), options));
  const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode(bytes);
  expect(batched.bytes.length).toBe(expected.bytes.length);
  return {
    count: await countRequestRows(db, period),
    reference,
    batched: text(batched.bytes),
    expected: text(expected.bytes),
  };
}

const ALL: ExportPeriod = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe("requests read for exports in text batches", () => {
  it.each([";", ","] as const)(
    "give byte for byte the reference CSV on hostile values (separator %s)",
    async (separator) => {
      const { count, reference, batched, expected } = await bothWays(2_300, ALL, separator);
      expect(count).toBe(2_300);
      expect(reference).toHaveLength(2_300);
      expect(expected.split("\r\n").length).toBeGreaterThan(2_300);
      expect(batched).toBe(expected);
    },
  );

  it("give the reference CSV for a period, with long texts", async () => {
    const period = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) };
    const { count, reference, batched, expected } = await bothWays(120, period, ";", 20_000);
    expect(count).toBe(reference.length);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(120);
    expect(batched).toBe(expected);
  });
});
