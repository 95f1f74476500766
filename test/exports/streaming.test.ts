import { describe, expect, it } from "vitest";
import { BATCH_CHARS } from "../../src/exports/batches";
import type { Column, Row } from "../../src/exports/columns";
import { csvStream } from "../../src/exports/csv";
import { odsStream } from "../../src/exports/ods";
import { assertSheetRow, clipCellText, MAX_CELL_CHARS, MAX_SHEET_ROWS } from "../../src/exports/sheet-limits";
import { xlsxStream } from "../../src/exports/xlsx";
import { collect } from "./support/streams";

const columns: Column[] = [
  { key: "id", header: "N°", description: "", type: "integer" },
  { key: "name", header: "Nom", description: "", type: "text" },
];

/** A row source that counts what was read and whether it was closed, like a database cursor. */
function source(total: number, failAt?: number) {
  const state = { read: 0, closed: false };
  async function* generate(): AsyncGenerator<Row> {
    try {
      for (let i = 0; i < total; i++) {
        if (i === failAt) throw new Error("connexion perdue");
        state.read++;
        yield { id: i, name: `Collectivité numéro ${i}` };
      }
    } finally {
      state.closed = true;
    }
  }
  return { rows: generate(), state };
}

const writers = {
  csv: (rows: AsyncIterable<Row>) => csvStream(columns, rows, { separator: ";", bom: true }),
  xlsx: (rows: AsyncIterable<Row>) => xlsxStream(columns, rows),
  ods: (rows: AsyncIterable<Row>) => odsStream(columns, rows),
};

describe.each(Object.entries(writers))("%s streaming", (_, write) => {
  it("reads rows only as the consumer pulls, not the whole source up front", async () => {
    const { rows, state } = source(200_000);
    const reader = write(rows).getReader();
    await reader.read();
    expect(state.read).toBeGreaterThan(0);
    expect(state.read).toBeLessThan(50_000);
    await reader.cancel();
  });

  it("closes the row source when the consumer cancels", async () => {
    const { rows, state } = source(200_000);
    const reader = write(rows).getReader();
    await reader.read();
    await reader.cancel();
    expect(state.closed).toBe(true);
  });

  it("ends the stream with the source's error instead of a truncated file", async () => {
    const { rows } = source(100_000, 30_000);
    await expect(collect(write(rows))).rejects.toThrow("connexion perdue");
  });

  it("emits chunks of about 64 KB, not one per row", async () => {
    const { rows } = source(40_000);
    const { chunks } = await collect(write(rows));
    const inner = chunks.slice(0, -1);
    expect(inner.length).toBeGreaterThan(0);
    for (const size of inner) expect(size).toBeGreaterThanOrEqual(BATCH_CHARS);
    for (const size of inner) expect(size).toBeLessThan(4 * BATCH_CHARS);
  });
});

describe("writer arguments", () => {
  it("throws at once, before any byte, for no column or a duplicate key", () => {
    const rows = source(1).rows;
    expect(() => csvStream([], rows)).toThrow(TypeError);
    expect(() => xlsxStream([columns[0]!, columns[0]!], rows)).toThrow("id");
  });
});

describe("sheet limits", () => {
  it("refuses the data row past the spreadsheets' 1,048,576 rows (header included)", () => {
    expect(() => assertSheetRow(MAX_SHEET_ROWS - 2)).not.toThrow();
    expect(() => assertSheetRow(MAX_SHEET_ROWS - 1)).toThrow(RangeError);
  });

  it("clips a cell's text to Excel's limit without splitting a surrogate pair", () => {
    expect(clipCellText("a".repeat(MAX_CELL_CHARS + 5))).toHaveLength(MAX_CELL_CHARS);
    const emoji = "a".repeat(MAX_CELL_CHARS - 1) + "🎉";
    expect(clipCellText(emoji)).toBe("a".repeat(MAX_CELL_CHARS - 1));
  });
});
