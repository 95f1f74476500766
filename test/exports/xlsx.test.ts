import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Column } from "../../src/exports/columns";
import { columnLetters, excelSerial, xlsxStream } from "../../src/exports/xlsx";
import { columns, expected, rows } from "./support/sample";
import { firstZipEntry, readXlsxSheet, unzip, type SheetCell } from "./support/sheets";
import { collect, rowsOf } from "./support/streams";

async function xlsxFiles(cols: Column[], input = rows, sheetName?: string) {
  const { bytes } = await collect(xlsxStream(cols, rowsOf(input), sheetName ? { sheetName } : {}));
  return { bytes, files: unzip(bytes) };
}

const STYLE = { header: "1", date: "2", datetime: "3", quotePrefix: "4" };
const text = (value: string, style?: string): SheetCell => ({ type: "inlineStr", value, ...(style ? { style } : {}) });
const number = (value: number): SheetCell => ({ type: "n", value: String(value) });
const date = (serial: number, style: string): SheetCell => ({ type: "n", value: String(serial), style });

describe("xlsxStream", () => {
  it("is a zip with the Office Open XML parts, [Content_Types].xml first", async () => {
    const { bytes, files } = await xlsxFiles(columns);
    expect(firstZipEntry(bytes).name).toBe("[Content_Types].xml");
    expect(Object.keys(files).sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort(),
    );
    expect(files["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files["xl/styles.xml"]).toContain('formatCode="dd/mm/yyyy"');
  });

  it("writes a bold header row and the cells typed as the input", async () => {
    const { files } = await xlsxFiles(columns);
    const sheet = readXlsxSheet(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet[0]).toEqual(columns.map((c) => text(c.header, STYLE.header)));
    // 2024-03-05 is serial 45356 (2024-01-01 is 45292); 14:30 is 14.5/24 of a day.
    expect(sheet[1]).toEqual([
      number(1),
      text(expected[0]!.organisation!),
      text('Délibération « tarifs » & <cantine> "2024"'),
      number(3.5),
      date(45356, STYLE.date),
      date(45356 + 14.5 / 24, STYLE.datetime),
    ]);
    expect(sheet[2]).toEqual([
      number(2),
      text("CCAS de Saint-Étienne; annexe, bis"),
      text("ligne 1\nligne 2\nligne 3"),
      number(-5),
      date(45488, STYLE.date),
      date(45474 + (12 * 3600 + 5) / 86400, STYLE.datetime),
    ]);
    // Empty cells are absent, not empty strings.
    expect(sheet[3]).toEqual([number(3)]);
    expect(sheet[4]).toEqual([
      number(4),
      text("  deux  espaces  "),
      text("naïve œuvre — 🎉 ok"),
      number(1234567.25),
      date(45351, STYLE.date),
      date(45650 + 19 / 24, STYLE.datetime),
    ]);
    expect(sheet).toHaveLength(rows.length + 1);
  });

  it("keeps risky text as typed, marked with the quotePrefix style, and numbers untouched", async () => {
    const cols: Column[] = [
      { key: "t", header: "T", description: "", type: "text" },
      { key: "n", header: "N", description: "", type: "integer" },
    ];
    const { files } = await xlsxFiles(cols, [
      { t: "=SUM(A1)", n: -5 },
      { t: "+33 6", n: null },
      { t: "sûr", n: 0 },
    ]);
    const sheet = readXlsxSheet(files["xl/worksheets/sheet1.xml"]!);
    expect(sheet.slice(1)).toEqual([
      [text("=SUM(A1)", STYLE.quotePrefix), number(-5)],
      [text("+33 6", STYLE.quotePrefix)],
      [text("sûr"), number(0)],
    ]);
    expect(files["xl/worksheets/sheet1.xml"]).not.toContain("<f>");
  });

  it("drops characters XML 1.0 forbids and lone surrogates, and escapes markup", async () => {
    const cols: Column[] = [{ key: "t", header: "<b>&</b>", description: "", type: "text" }];
    const { files } = await xlsxFiles(cols, [{ t: "a\u0000b\u0001c\u000Bd\uD800e\uFFFEf\tg]]>" }]);
    const xml = files["xl/worksheets/sheet1.xml"]!;
    expect(xml).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(readXlsxSheet(xml)[1]).toEqual([text("abcdef\tg]]>")]);
  });

  it("cleans the sheet name to Excel's rules", async () => {
    const { files } = await xlsxFiles(columns, [], "Décisions: 2024/03 [test] & autres, une très longue liste");
    expect(files["xl/workbook.xml"]).toContain('name="Décisions 2024 03 test &amp; autres"');
    expect((await xlsxFiles(columns, [], "'*?'")).files["xl/workbook.xml"]).toContain('name="Export"');
  });

  it("compresses the sheet and produces a zip every reader accepts", async () => {
    const { bytes } = await xlsxFiles(
      columns,
      Array.from({ length: 2000 }, () => rows[0]!),
    );
    const files = unzipSync(bytes);
    expect(files["xl/worksheets/sheet1.xml"]!.length).toBeGreaterThan(bytes.length * 5);
  });
});

describe("XLSX helpers", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16_383, "XFD"],
  ])("column %i is %s", (index, letters) => expect(columnLetters(index)).toBe(letters));

  it("gives no serial before 1900-03-01, where Excel's fictitious 29 February shifts days", () => {
    const day = (year: number, month: number, d: number) => ({
      year,
      month,
      day: d,
      hour: 0,
      minute: 0,
      second: 0,
      offsetMinutes: 0,
    });
    expect(excelSerial(day(1900, 3, 1), false)).toBe(61);
    expect(excelSerial(day(1900, 2, 28), false)).toBeNull();
  });
});
