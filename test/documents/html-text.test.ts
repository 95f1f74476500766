/** Web pages turned into the text a reader sees: visible text only, paragraphs kept, charset honoured. */

import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "../../src/documents/html-text";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("looksLikeHtml", () => {
  const cases: [string, boolean][] = [
    ["<!DOCTYPE html><html><body>x</body></html>", true],
    ["\ufeff  \n<!doctype HTML>", true],
    ["<html lang=fr>", true],
    ["<!-- généré --><html>", true],
    ["<body>", true],
    ["%PDF-1.7", false],
    ["Délibération en texte brut", false],
    ["<?xml version='1.0'?><svg/>", false],
  ];
  it.each(cases)("%j → %s", (text, expected) => {
    expect(looksLikeHtml(bytes(text))).toBe(expected);
  });
});

describe("htmlToText", () => {
  it("keeps the visible text, one block per line, entities decoded", () => {
    const page = `<html><head><title>T</title><style>b{}</style></head><body>
      <script>alert("x")</script><noscript>active JS</noscript>
      <h1>Délibération&nbsp;n°&#160;12</h1><p>Tarifs&nbsp;: <b>1,20&nbsp;&euro;</b> &amp; plus</p>
      <ul><li>QF &lt; 500</li><li>QF &ge; 500</li></ul><p>fin<br>ligne</p></body></html>`;
    expect(htmlToText(bytes(page))).toBe(
      "Délibération n° 12\n\nTarifs : 1,20 € & plus\n\nQF < 500\n\nQF ≥ 500\n\nfin\nligne",
    );
  });

  it("decodes with the charset the server or the page declares", () => {
    const latin1 = Uint8Array.from(
      [...'<html><meta charset="windows-1252"><p>Conseil municipal : tarifs r', 0xe9, "duits"].flatMap((part) =>
        typeof part === "number" ? [part] : [...part].map((char) => char.charCodeAt(0)),
      ),
    );
    expect(htmlToText(latin1)).toBe("Conseil municipal : tarifs réduits");
    expect(htmlToText(Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]), "text/html; charset=ISO-8859-1")).toBe(
      "été",
    );
    expect(htmlToText(bytes("<p>été</p>"), "text/html; charset=n'importe-quoi")).toBe("été");
  });
});
