/** OCR on Node: scanned PDFs and images read by tesseract.js with the French model from node_modules. */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDocument } from "../../src/documents/extract";
import type { OcrEngine } from "../../src/documents/ocr-engine";
import { createNodeOcr } from "../../src/documents/ocr-node";
import { rasterisePdfPage } from "../../src/documents/rasterise-node";
import { makeScannedPdf, noise, renderTextImage } from "../support/document-fixtures";

const OCR_TIMEOUT = 60_000;
const PAGE_ONE = [
  "Délibération du conseil municipal",
  "Tarifs de la restauration scolaire",
  "selon le quotient familial de la CAF",
];
const PAGE_TWO = ["Article 2 : accueil périscolaire", "Les familles extérieures paient davantage."];

/** Case and accents do not matter to the check: OCR may read "é" as "e". */
const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

let ocr: OcrEngine;
beforeAll(async () => {
  ocr = await createNodeOcr();
}, OCR_TIMEOUT);
afterAll(async () => {
  await ocr?.close();
});

describe("extractDocument with OCR", { timeout: OCR_TIMEOUT }, () => {
  it("reads a scanned PDF page by page, with a confidence per page", async () => {
    const scanned = await makeScannedPdf([PAGE_ONE, PAGE_TWO]);
    const result = await extractDocument(scanned, { allowOcr: true, ocr, rasterise: rasterisePdfPage });
    expect(result).toMatchObject({ status: "done", method: "ocr", error: null });
    expect(result.pageOffsets).toHaveLength(2);
    const [first = "", second = ""] = result.text.split("\f").map(plain);
    for (const words of ["deliberation", "conseil municipal", "restauration scolaire", "quotient familial", "caf"])
      expect(first).toContain(words);
    for (const words of ["article 2", "accueil periscolaire", "familles"]) expect(second).toContain(words);
    expect(result.pageConfidences).toHaveLength(2);
    expect(result.confidence).toBeGreaterThan(50);
    expect(result.confidence).toBeCloseTo((result.pageConfidences[0]! + result.pageConfidences[1]!) / 2);
  });

  it.for(["png", "jpeg"] as const)("reads a %s image", async (format) => {
    const result = await extractDocument(renderTextImage(PAGE_ONE, format), { allowOcr: true, ocr });
    expect(result).toMatchObject({ status: "done", method: "ocr", pageOffsets: [0] });
    expect(plain(result.text)).toContain("quotient familial");
    expect(result.confidence).toBeGreaterThan(50);
  });

  it("leaves a scanned PDF waiting when OCR is not allowed, even with an engine", async () => {
    const scanned = await makeScannedPdf([PAGE_ONE]);
    const result = await extractDocument(scanned, { allowOcr: false, ocr, rasterise: rasterisePdfPage });
    expect(result.status).toBe("needs_ocr");
  });

  it("leaves a scanned PDF waiting when there is an engine but no rasteriser", async () => {
    const result = await extractDocument(await makeScannedPdf([PAGE_ONE]), { allowOcr: true, ocr });
    expect(result.status).toBe("needs_ocr");
  });

  it("fails in French on an image the engine cannot decode, and the engine still works afterwards", async () => {
    const broken = new Uint8Array([...renderTextImage(["x"]).subarray(0, 100), ...noise(4000)]);
    const result = await extractDocument(broken, { allowOcr: true, ocr });
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/reconnaissance de caractères/);
    expect((await extractDocument(renderTextImage(PAGE_ONE), { allowOcr: true, ocr })).status).toBe("done");
  });

  it("stops at the time limit", async () => {
    const scanned = await makeScannedPdf([PAGE_ONE, PAGE_TWO, PAGE_ONE, PAGE_TWO]);
    const started = Date.now();
    const result = await extractDocument(scanned, { allowOcr: true, ocr, rasterise: rasterisePdfPage, timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(/^La lecture du document a pris plus de 0,2 seconde/);
  });
});
