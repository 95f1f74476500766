/**
 * Hostile and broken uploads: each ends as "failed" (or "needs_ocr" where right) with a French
 * reason, within its time bound: never a throw, never a hang. extractDocument never sees a file
 * name, so "random bytes named .pdf" is simply random bytes.
 */

import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/documents/extract";
import type { ExtractionResult } from "../../src/documents/extraction-types";
import type { OcrEngine } from "../../src/documents/ocr-engine";
import {
  makeDocx,
  makeEncryptedPdf,
  makeJavaScriptPdf,
  makeOdt,
  makeTextPdf,
  noise,
  renderTextImage,
} from "../support/document-fixtures";
import { GIB, makeDocxBomb, withDeclaredSize } from "../support/hostile-archives";

const FRENCH = /[éèàçù]|\b(?:le|la|les|du|des|ce|est|une?)\b/i;
const ascii = (text: string) => new TextEncoder().encode(text);

function expectFailure(result: ExtractionResult, reason: RegExp): void {
  expect(result).toMatchObject({ status: "failed", method: null, text: "", pageOffsets: [0], confidence: null });
  expect(result.error).toMatch(reason);
  expect(result.error).toMatch(FRENCH);
}

const engine = (recognise: OcrEngine["recognise"]): OcrEngine => ({ recognise, close: async () => {} });

describe("extractDocument on hostile files", { timeout: 30_000 }, () => {
  it("an empty file", async () => {
    expectFailure(await extractDocument(new Uint8Array(0), { allowOcr: true }), /vide/);
  });

  it("a PDF cut in half", async () => {
    const pdf = await makeTextPdf();
    expectFailure(await extractDocument(pdf.slice(0, pdf.length >> 1), { allowOcr: false }), /incomplet ou endommagé/);
  });

  it("random bytes between a PDF header and an end marker", async () => {
    const fake = new Uint8Array([...ascii("%PDF-1.7\n"), ...noise(64 * 1024), ...ascii("\n%%EOF\n")]);
    expectFailure(await extractDocument(fake, { allowOcr: false }), /incomplet ou endommagé/);
  });

  it("random bytes with no header at all", async () => {
    expectFailure(await extractDocument(noise(64 * 1024), { allowOcr: false }), /Format non reconnu/);
  });

  it("a PDF that asks for a password", async () => {
    const pdf = await makeEncryptedPdf("secret");
    expectFailure(await extractDocument(pdf, { allowOcr: false }), /protégé par un mot de passe/);
  });

  it("a PDF encrypted for permissions only opens, as in any reader (pdf-hazards reports it)", async () => {
    const result = await extractDocument(await makeEncryptedPdf(""), { allowOcr: false });
    expect(result.status).toBe("done");
    expect(result.text).toContain("Délibération n° 2024-031");
  });

  it("a PDF with JavaScript is read as text, and its script never runs", async () => {
    const result = await extractDocument(await makeJavaScriptPdf(), { allowOcr: false });
    expect(result.status).toBe("done");
    expect(result.text).toContain("Délibération n° 2024-031");
  });

  it("a DOCX bomb: 1 GiB of spaces in word/document.xml, declared or lied about", async () => {
    const bomb = makeDocxBomb(GIB);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const tooLarge = /^Document Word trop volumineux une fois décompressé/;
    expectFailure(await extractDocument(bomb, { allowOcr: false }), tooLarge);
    // Declaring 4 KiB: only counting the real output can catch this one.
    const liar = withDeclaredSize(bomb, "word/document.xml", 4096);
    expectFailure(await extractDocument(liar, { allowOcr: false }), tooLarge);
  });

  it("a DOCX cut in half", async () => {
    const docx = await makeDocx();
    expectFailure(
      await extractDocument(docx.slice(0, docx.length >> 1), { allowOcr: false }),
      /incomplet ou endommagé/,
    );
  });

  it("an ODT whose content.xml is not XML", async () => {
    const odt = makeOdt("<text:p>ouvert <text:span");
    expectFailure(await extractDocument(odt, { allowOcr: false }), /incomplet ou endommagé/);
  });

  it("a PNG renamed .docx is a PNG (and waits for OCR)", async () => {
    const result = await extractDocument(renderTextImage(["Délibération"]), { allowOcr: false });
    expect(result.status).toBe("needs_ocr");
    expect(result.error).toMatch(/reconnaissance de caractères/);
  });

  it("a Word 97-2003 file", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...noise(4096)]);
    expectFailure(await extractDocument(ole, { allowOcr: false }), /Word 97-2003/);
  });

  it("an image claiming 60 000 × 60 000 pixels is refused before any decoding", async () => {
    const png = renderTextImage(["x"]).slice(0, 64);
    new DataView(png.buffer).setUint32(16, 60_000);
    new DataView(png.buffer).setUint32(20, 60_000);
    const ocr = engine(() => Promise.reject(new Error("OCR should not run")));
    expectFailure(await extractDocument(png, { allowOcr: true, ocr }), /trop grande/);
  });

  it("a reading slower than its time bound", async () => {
    const ocr = engine(() => new Promise<never>(() => {}));
    const started = Date.now();
    const result = await extractDocument(renderTextImage(["x"]), { allowOcr: true, ocr, timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_000);
    expectFailure(result, /a pris plus de 0,1 seconde/);
  });

  it("an OCR engine that throws", async () => {
    const ocr = engine(() => Promise.reject(new Error("boom")));
    expectFailure(
      await extractDocument(renderTextImage(["x"]), { allowOcr: true, ocr }),
      /reconnaissance de caractères/,
    );
  });

  it("a caller that passes nonsense", async () => {
    const call = extractDocument as (bytes: unknown, options: unknown) => Promise<ExtractionResult>;
    expectFailure(await call("pas des octets", undefined), /erreur inattendue/);
    expect((await call(await makeTextPdf(), undefined)).status).toBe("done");
  });
});
