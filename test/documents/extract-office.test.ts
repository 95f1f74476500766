/** DOCX and ODT through extractDocument, and their XML readers on the cases real files contain. */

import { describe, expect, it } from "vitest";
import { docxXmlToPages } from "../../src/documents/docx";
import { extractDocument } from "../../src/documents/extract";
import { odtXmlToPages } from "../../src/documents/odt";
import { makeDocx, makeOdt } from "../support/document-fixtures";

describe("extractDocument on a DOCX made by the docx package", () => {
  it("reads paragraphs, tabs, line breaks, the table as rows, and the page break", async () => {
    const result = await extractDocument(await makeDocx(), { allowOcr: false });
    expect(result).toMatchObject({ status: "done", method: "docx", error: null });
    expect(result.text.split("\f")).toEqual([
      "Délibération n° 2024-031 du conseil municipal\nObjet :\ttarifs « cantine » & garderie\nPremière ligne\ndeuxième ligne",
      "Article 1 : tarifs selon le quotient familial.\nQuotient familial | Tarif\n< 600 € | 1,20 €\nLe maire, Hélène Dupré-Garçon",
    ]);
    expect(result.pageOffsets).toEqual([0, result.text.indexOf("\f") + 1]);
  });
});

describe("extractDocument on an ODT package", () => {
  it("reads headings, spans, spaces, tabs, line breaks, tables and page breaks", async () => {
    const odt = makeOdt(
      '<text:h text:outline-level="1">Délibération   n°&#160;12</text:h>' +
        '<text:p>Tarifs <text:span text:style-name="T1">selon</text:span> le<text:s text:c="3"/>QF<text:tab/>CAF<text:line-break/>suite &amp; fin</text:p>' +
        "<text:soft-page-break/>" +
        "<table:table><table:table-row><table:table-cell><text:p>QF</text:p></table:table-cell>" +
        "<table:table-cell><text:p>Tarif</text:p></table:table-cell><table:table-cell/></table:table-row></table:table>" +
        '<text:p text:style-name="P1">Page trois</text:p>',
      '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>',
    );
    const result = await extractDocument(odt, { allowOcr: false });
    expect(result).toMatchObject({ status: "done", method: "odt", error: null });
    expect(result.text.split("\f")).toEqual([
      "Délibération n°\u00a012\nTarifs selon le   QF\tCAF\nsuite & fin",
      "QF | Tarif",
      "Page trois",
    ]);
    expect(result.pageOffsets).toEqual([0, 56, 67]);
  });
});

const w = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x" xmlns:mc="y"><w:body>${body}<w:sectPr/></w:body></w:document>`;

describe("docxXmlToPages", () => {
  it.each([
    [
      "entities and xml:space",
      '<w:p><w:r><w:t xml:space="preserve">A &lt; B &amp; C&#233; &#x2019; </w:t></w:r></w:p>',
      ["A < B & Cé ’"],
    ],
    [
      "tab stops are not tabs",
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t></w:r></w:p>',
      ["a"],
    ],
    [
      "a rendered break right after a hard one is the same break",
      '<w:p><w:r><w:t>un</w:t><w:br w:type="page"/></w:r></w:p><w:p><w:r><w:lastRenderedPageBreak/><w:t>deux</w:t></w:r></w:p>',
      ["un", "deux"],
    ],
    [
      "rendered breaks alone split pages",
      "<w:p><w:r><w:t>un</w:t></w:r></w:p><w:p><w:r><w:lastRenderedPageBreak/><w:t>deux</w:t></w:r></w:p>",
      ["un", "deux"],
    ],
    [
      "deleted and moved-away text is not text",
      "<w:p><w:del><w:r><w:delText>ancien</w:delText></w:r></w:del><w:ins><w:r><w:t>nouveau</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>parti</w:t></w:r></w:moveFrom></w:p>",
      ["nouveau"],
    ],
    [
      "a text box is read once, not once per rendering",
      "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>encadré</w:t></w:r></w:p></w:txbxContent></mc:Choice>" +
        "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>encadré</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>",
      ["encadré"],
    ],
    [
      "a next-page section break, not a continuous one",
      '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr><w:r><w:t>un</w:t></w:r></w:p><w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:t>deux</w:t></w:r></w:p><w:p><w:r><w:t>trois</w:t></w:r></w:p>',
      ["un\ndeux", "trois"],
    ],
    [
      "a page break inside a table row moves before the row",
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>b</w:t></w:r></w:p><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc/></w:tr></w:tbl>",
      ["a", "b c"],
    ],
  ])("%s", (_, body, pages) => {
    expect(docxXmlToPages(w(body))).toEqual(pages);
  });
});

const o = (body: string) =>
  `<office:document-content><office:body><office:text>${body}</office:text></office:body></office:document-content>`;

describe("odtXmlToPages", () => {
  it.each([
    [
      "white space collapses as ODF says",
      "<text:p>\n   un \n  <text:span> deux</text:span>   trois </text:p>",
      ["un deux trois"],
    ],
    ["a huge space count is bounded", '<text:p>a<text:s text:c="999999999"/>b</text:p>', [`a${" ".repeat(1000)}b`]],
    [
      "notes and comments stay out of the sentence",
      "<text:p>Vu<text:note><text:note-body><text:p>note</text:p></text:note-body></text:note> la loi<office:annotation><text:p>?</text:p></office:annotation></text:p>",
      ["Vu la loi"],
    ],
    [
      "a soft break between table rows starts the next row's page",
      "<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell></table:table-row><text:soft-page-break/>" +
        "<table:table-row><table:table-cell><text:p>b</text:p></table:table-cell></table:table-row></table:table>",
      ["a", "b"],
    ],
    ["a soft break at the very start makes no empty page", "<text:soft-page-break/><text:p>un</text:p>", ["un"]],
    [
      "lists are paragraphs",
      "<text:list><text:list-item><text:p>un</text:p></text:list-item><text:list-item><text:p>deux</text:p></text:list-item></text:list>",
      ["un\ndeux"],
    ],
  ])("%s", (_, body, pages) => {
    expect(odtXmlToPages(o(body))).toEqual(pages);
  });
});
