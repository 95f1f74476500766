/**
 * inspectPdf on real PDFs: legitimate ones (text, scans, forms, the demo's, encrypted for
 * permissions only) report nothing; hostile ones report what they carry even when every
 * dictionary hides in an object stream behind any of the five standard filters, where no
 * scan of the file's bytes can see it; damaged, locked and slow ones are refused.
 */

import { PDFDocument, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderTextPdf } from "../../src/demo/pdf";
import { ExtractionFailure, messages } from "../../src/documents/extraction-failure";
import { inspectPdf } from "../../src/documents/pdf-hazards";
import {
  makeEncryptedPdf,
  makeJavaScriptPdf,
  makeLaunchPdf,
  makePdfWithAttachment,
  makePdfWithScannedAnnex,
  makeScannedPdf,
  makeTextPdf,
} from "../support/document-fixtures";
import { encryptPdf } from "../support/pdf-encryption";
import { formWithoutScript, HOSTILE_PDFS, pdfWithStreamBomb, plainPdf } from "../support/hostile-pdfs";
import { STREAM_FILTERS } from "../support/pdf-filters";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");
const ascii = (text: string) => new TextEncoder().encode(text);
const found = async (bytes: Uint8Array) => [...(await inspectPdf(bytes))].sort();

async function refusal(bytes: Uint8Array, timeoutMs?: number): Promise<string> {
  const error = await inspectPdf(bytes, timeoutMs).then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ExtractionFailure);
  return (error as ExtractionFailure).reason;
}

describe("inspectPdf", { timeout: 30_000 }, () => {
  const LEGITIMATE: Record<string, () => Promise<Uint8Array>> = {
    "a text PDF": () => makeTextPdf(),
    "a scan": () => makeScannedPdf([["Délibération"], ["Annexe"]]),
    "a text PDF with a scanned annex": () => makePdfWithScannedAnnex(["Grille tarifaire"]),
    "a form without scripts": () => formWithoutScript(),
    "a demo document": () => renderTextPdf({ title: "Délibération", text: "Article 1 : tarifs." }),
    "a PDF encrypted for permissions only": () => makeEncryptedPdf(""),
    ...Object.fromEntries(STREAM_FILTERS.map((filter) => [`a plain PDF behind ${filter}`, () => plainPdf(filter)])),
  };

  it.each(Object.entries(LEGITIMATE))("finds nothing in %s", async (_, make) => {
    expect(await found(await make())).toEqual([]);
  });

  it.each(Object.entries(HOSTILE_PDFS))("finds %s, hidden in an ASCIIHex object stream", async (_, hostile) => {
    const pdf = await hostile.make();
    expect(latin1(pdf)).toMatch(/\/N \d+ \/First \d+/); // an object stream holds the dictionaries
    // None of what is found is readable in the file's bytes.
    expect(latin1(pdf)).not.toMatch(
      /JavaScript|\/JS|\/AA|Launch|javascript:|FileAttachment|EmbeddedFile|XFA|RichMedia/,
    );
    expect(await found(pdf)).toEqual([...hostile.finds].sort());
  });

  it.each(STREAM_FILTERS)("finds an OpenAction script behind %s", async (filter) => {
    const pdf = await HOSTILE_PDFS["OpenAction JavaScript"]!.make(filter);
    expect(latin1(pdf)).not.toContain("JavaScript");
    expect(await found(pdf)).toEqual(["javascript"]);
  });

  it("finds what pdf-lib's own writer leaves (Flate object streams, plain objects)", async () => {
    expect(await found(await makeJavaScriptPdf())).toEqual(["javascript"]);
    expect(await found(await makeLaunchPdf())).toEqual(["launch"]);
    expect(await found(await makePdfWithAttachment())).toEqual(["attachment"]);
  });

  it("finds a javascript: link in a PDF encrypted for permissions only, which only pdf.js decrypts", async () => {
    const pdf = await PDFDocument.load(await makeTextPdf(), { updateMetadata: false });
    const action = pdf.context.obj({ S: "URI", URI: PDFString.of("javascript:app.alert(1)") });
    const link = pdf.context.register(
      pdf.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 100, 100], A: action }),
    );
    pdf.getPage(0).node.addAnnot(link);
    const encrypted = await encryptPdf(pdf, "");
    expect(latin1(encrypted)).not.toContain("javascript:");
    expect(await found(encrypted)).toEqual(["javascript"]);
  });

  it("decodes #xx escapes in names, upper or lower case, as readers do", async () => {
    const pdf = await plainPdf();
    const tail = latin1(pdf).lastIndexOf("startxref");
    // An incremental update would be cleaner; an extra object before the cross-reference is enough here.
    const extra = ascii("99 0 obj << /S /#4a#61vaScript /J#53 (x) >> endobj\n");
    const bytes = new Uint8Array([...pdf.subarray(0, tail), ...extra, ...pdf.subarray(tail)]);
    expect(await found(bytes)).toEqual(["javascript"]);
  });

  it("does not mistake a stream's contents for dictionaries", async () => {
    const pdf = await plainPdf();
    const tail = latin1(pdf).lastIndexOf("startxref");
    const extra = ascii("98 0 obj << /Length 23 >> stream\n/S /JavaScript /Launch\nendstream endobj\n");
    const bytes = new Uint8Array([...pdf.subarray(0, tail), ...extra, ...pdf.subarray(tail)]);
    expect(await found(bytes)).toEqual([]);
  });

  it("refuses truncated, damaged, empty and password-protected PDFs", async () => {
    const pdf = await makeTextPdf();
    expect(await refusal(pdf.slice(0, pdf.length >> 1))).toBe(messages.damaged);
    // Cut before the end but given a new end marker: pdf.js patches it together, its pages are gone.
    const cut = pdf.subarray(0, pdf.length >> 2);
    expect(await refusal(new Uint8Array([...cut, ...ascii("\n%%EOF\n")]))).toBe(messages.damaged);
    expect(await refusal(ascii("%PDF-1.7\nnot a PDF at all\n%%EOF\n"))).toBe(messages.damaged);
    expect(await refusal(new Uint8Array(0))).toBe(messages.damaged);
    expect(await refusal(await makeEncryptedPdf("secret"))).toBe(messages.pdfPassword);
  });

  it("refuses a stream that inflates past its cap before any parser decodes it", async () => {
    const pdf = await pdfWithStreamBomb();
    expect(pdf.length).toBeLessThan(1_200_000);
    expect(await refusal(pdf)).toBe(messages.pdfTooLarge);
  });

  it("refuses a stream behind a filter nothing can bound (pdf.js alone decodes Brotli)", async () => {
    const pdf = await plainPdf();
    const tail = latin1(pdf).lastIndexOf("startxref");
    const extra = ascii("97 0 obj << /Filter /BrotliDecode /Length 4 >> stream\nabcd\nendstream endobj\n");
    expect(await refusal(new Uint8Array([...pdf.subarray(0, tail), ...extra, ...pdf.subarray(tail)]))).toBe(
      messages.damaged,
    );
  });

  it("gives up past its time bound", async () => {
    expect(await refusal(await makeTextPdf(), 1)).toMatch(/a pris plus de/);
  });
});
