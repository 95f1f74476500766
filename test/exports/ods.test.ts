import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Column } from "../../src/exports/columns";
import { odsStream, paragraphs } from "../../src/exports/ods";
import { columns, rows } from "./support/sample";
import { firstZipEntry, readOdsTable, unzip, type SheetCell } from "./support/sheets";
import { collect, rowsOf } from "./support/streams";

const MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

async function odsFiles(cols: Column[], input = rows, sheetName?: string) {
  const { bytes } = await collect(odsStream(cols, rowsOf(input), sheetName ? { sheetName } : {}));
  return { bytes, files: unzip(bytes) };
}

const text = (value: string, style?: string): SheetCell => ({ type: "string", value, ...(style ? { style } : {}) });
const float = (value: number): SheetCell => ({ type: "float", value: String(value) });
const date = (value: string): SheetCell => ({
  type: "date",
  value,
  style: value.includes("T") ? "ceDateTime" : "ceDate",
});

describe("odsStream", () => {
  it("starts with the mimetype entry, stored, without extra field or data descriptor, its value at byte 38", async () => {
    const { bytes, files } = await odsFiles(columns);
    const first = firstZipEntry(bytes);
    // CRC and sizes in the local header: streaming readers (Java's ZipInputStream) refuse a
    // stored entry followed by a data descriptor. 0x8a396c85 is zlib.crc32 of the mimetype.
    expect(first).toMatchObject({ name: "mimetype", method: 0, extraLength: 0, dataAt: 38, dataDescriptor: false });
    expect(first).toMatchObject({ crc: 0x8a396c85, size: MIMETYPE.length, compressedSize: MIMETYPE.length });
    expect(strFromU8(bytes.subarray(38, 38 + MIMETYPE.length))).toBe(MIMETYPE);
    expect(files.mimetype).toBe(MIMETYPE);
    expect(Object.keys(files).sort()).toEqual(["META-INF/manifest.xml", "content.xml", "mimetype"]);
    expect(files["META-INF/manifest.xml"]).toContain(`manifest:media-type="${MIMETYPE}"`);
  });

  it("writes a bold header row and the cells typed as the input", async () => {
    const { files } = await odsFiles(columns);
    const table = readOdsTable(files["content.xml"]!);
    expect(table[0]).toEqual(columns.map((c) => text(c.header, "ceHeader")));
    expect(table.slice(1)).toEqual([
      [
        float(1),
        text("Mairie d'Évreux"),
        text('Délibération « tarifs » & <cantine> "2024"'),
        float(3.5),
        date("2024-03-05"),
        date("2024-03-05T14:30:00"),
      ],
      [
        float(2),
        text("CCAS de Saint-Étienne; annexe, bis"),
        text("ligne 1\nligne 2\nligne 3"),
        float(-5),
        date("2024-07-15"),
        date("2024-07-01T12:00:05"),
      ],
      [float(3), null, null, null, null, null],
      [
        float(4),
        text("  deux  espaces  "),
        text("naïve œuvre — 🎉 ok"),
        float(1234567.25),
        date("2024-02-29"),
        date("2024-12-24T19:00:00"),
      ],
    ]);
  });

  it("shows dates the French way in the cell's text", async () => {
    const { files } = await odsFiles(columns);
    expect(files["content.xml"]).toContain(
      'office:date-value="2024-03-05T14:30:00"><text:p>05/03/2024 14:30:00</text:p>',
    );
  });

  it("keeps risky text as typed: a string cell is never evaluated", async () => {
    const cols: Column[] = [
      { key: "t", header: "T", description: "", type: "text" },
      { key: "n", header: "N", description: "", type: "integer" },
    ];
    const { files } = await odsFiles(cols, [
      { t: "=SUM(A1)", n: -5 },
      { t: "@cmd", n: null },
    ]);
    expect(readOdsTable(files["content.xml"]!).slice(1)).toEqual([
      [text("=SUM(A1)"), float(-5)],
      [text("@cmd"), null],
    ]);
    expect(files["content.xml"]).not.toContain("table:formula");
  });

  it("keeps spaces, tabs and line breaks through ODF's white-space collapsing", async () => {
    const cols: Column[] = [{ key: "t", header: "T", description: "", type: "text" }];
    const tricky = [" un", "deux ", "a  b", "\ttab\tulé", "   trois   espaces   ", "x\n\ny", "\n", " "];
    const { files } = await odsFiles(
      cols,
      tricky.map((t) => ({ t })),
    );
    expect(
      readOdsTable(files["content.xml"]!)
        .slice(1)
        .map((r) => r[0]?.value),
    ).toEqual(tricky);
  });

  it("drops characters XML 1.0 forbids and escapes markup", async () => {
    const cols: Column[] = [{ key: "t", header: "T", description: "", type: "text" }];
    const { files } = await odsFiles(cols, [{ t: "<a>&\u0000\u001F\uDC00" }], 'Feuille "1" & <2>');
    expect(files["content.xml"]).toContain('table:name="Feuille &quot;1&quot; &amp; &lt;2&gt;"');
    expect(readOdsTable(files["content.xml"]!)[1]).toEqual([text("<a>&")]);
  });

  it("compresses content.xml", async () => {
    const { bytes } = await odsFiles(
      columns,
      Array.from({ length: 2000 }, () => rows[0]!),
    );
    expect(unzipSync(bytes)["content.xml"]!.length).toBeGreaterThan(bytes.length * 5);
  });
});

describe("paragraphs", () => {
  it("writes white space as elements", () => {
    expect(paragraphs(" a  b\tc ")).toBe("<text:p><text:s/>a <text:s/>b<text:tab/>c<text:s/></text:p>");
    expect(paragraphs("a\n\nb")).toBe("<text:p>a</text:p><text:p/><text:p>b</text:p>");
  });
});
