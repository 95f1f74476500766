import { describe, expect, it } from "vitest";
import { csvStream } from "../../src/exports/csv";
import type { Column } from "../../src/exports/columns";
import { parseCsv } from "./support/csv-parse";
import { columns, rows } from "./support/sample";
import { collect, collectText, rowsOf } from "./support/streams";

const BOM = "\uFEFF";

describe("csvStream", () => {
  it("writes a UTF-8 BOM by default, then the French headers, with CRLF line endings", async () => {
    const { bytes } = await collect(csvStream(columns, rowsOf([])));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await collectText(csvStream(columns, rowsOf([])));
    expect(text).toBe(`${BOM}Numéro;Collectivité;Motivation;Montant (€);Date de dépôt;Décidée le\r\n`);
  });

  it("omits the BOM when asked", async () => {
    const text = await collectText(csvStream(columns, rowsOf([]), { separator: ",", bom: false }));
    expect(text.startsWith("Numéro,")).toBe(true);
  });

  it("parses back to the input: quoting, accents, emoji, newlines, separators, empty cells", async () => {
    const text = await collectText(csvStream(columns, rowsOf(rows), { separator: ";", bom: true }));
    const [header, ...records] = parseCsv(text.slice(1), ";");
    expect(header).toEqual(columns.map((c) => c.header));
    expect(records).toEqual([
      [
        "1",
        "Mairie d'Évreux",
        'Délibération « tarifs » & <cantine> "2024"',
        "3,5",
        "2024-03-05",
        "2024-03-05T14:30:00+01:00",
      ],
      [
        "2",
        "CCAS de Saint-Étienne; annexe, bis",
        "ligne 1\nligne 2\r\nligne 3",
        "-5",
        "2024-07-15",
        "2024-07-01T12:00:05+02:00",
      ],
      ["3", "", "", "", "", ""],
      ["4", "  deux  espaces  ", "naïve œuvre — 🎉 ok", "1234567,25", "2024-02-29", "2024-12-24T19:00:00+01:00"],
    ]);
  });

  it("with the comma separator, writes decimal points and quotes fields holding either separator", async () => {
    const text = await collectText(csvStream(columns, rowsOf(rows), { separator: ",", bom: false }));
    const records = parseCsv(text, ",");
    expect(records[1]?.[3]).toBe("3.5");
    expect(records[4]?.[3]).toBe("1234567.25");
    expect(records[2]?.[1]).toBe("CCAS de Saint-Étienne; annexe, bis");
    // Quoted although ";" is not this file's separator: a French Excel splits on ";".
    expect(text).toContain('"CCAS de Saint-Étienne; annexe, bis"');
  });

  it("quotes a field with a quote, CR or LF and doubles its quotes", async () => {
    const cols: Column[] = [{ key: "t", header: "T", description: "", type: "text" }];
    const text = await collectText(
      csvStream(cols, rowsOf([{ t: 'il dit "oui"' }, { t: "a\rb" }, { t: "a\nb" }, { t: "simple" }]), {
        separator: ";",
        bom: false,
      }),
    );
    expect(text).toBe('T\r\n"il dit ""oui"""\r\n"a\rb"\r\n"a\nb"\r\nsimple\r\n');
  });

  it('writes a lone empty field as "" so that the record is not an empty line', async () => {
    const cols: Column[] = [{ key: "t", header: "T", description: "", type: "text" }];
    const text = await collectText(csvStream(cols, rowsOf([{ t: null }]), { separator: ";", bom: false }));
    expect(text).toBe('T\r\n""\r\n');
    expect(parseCsv(text, ";")).toEqual([["T"], [""]]);
  });

  it("defaults to semicolon and BOM", async () => {
    const text = await collectText(csvStream(columns.slice(0, 2), rowsOf([])));
    expect(text).toBe(`${BOM}Numéro;Collectivité\r\n`);
  });
});
