/** PDFs through extractDocument: the text layer page by page, page offsets, bounds, scans without OCR. */

import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/documents/extract";
import { DELIBERATION_PAGES, makePdfWithScannedAnnex, makeScannedPdf, makeTextPdf } from "../support/document-fixtures";

const pagesOf = (result: { text: string; pageOffsets: readonly number[] }) => result.text.split("\f");

describe("extractDocument on a text PDF", () => {
  it("reads each page's lines, accents included, pages joined by form feeds", async () => {
    const result = await extractDocument(await makeTextPdf(), { allowOcr: false });
    expect(result).toMatchObject({
      status: "done",
      method: "text_layer",
      error: null,
      confidence: null,
      pageConfidences: [],
    });
    expect(pagesOf(result)).toEqual(DELIBERATION_PAGES.map((lines) => lines.join("\n")));
  });

  it("gives the offset where each page starts", async () => {
    const result = await extractDocument(await makeTextPdf(), { allowOcr: false });
    expect(result.pageOffsets).toHaveLength(3);
    expect(result.pageOffsets[0]).toBe(0);
    for (const [index, offset] of result.pageOffsets.entries()) {
      expect(result.text.slice(offset).startsWith(DELIBERATION_PAGES[index]![0]!)).toBe(true);
      if (index > 0) expect(result.text[offset - 1]).toBe("\f");
    }
    expect(result.text.indexOf("quotient familial")).toBeGreaterThan(result.pageOffsets[1]!);
  });

  it("reads no more than maxPages and says so", async () => {
    const result = await extractDocument(await makeTextPdf(), { allowOcr: false, maxPages: 2 });
    expect(result.status).toBe("done");
    expect(result.pageOffsets).toHaveLength(2);
    expect(result.text).not.toContain("Article 2");
    expect(result.error).toBe("Le document compte 3 pages : seules les 2 premières ont été lues.");
  });

  it("reads an empty page as an empty page, not as a scan", async () => {
    const result = await extractDocument(await makeTextPdf([[], []]), { allowOcr: false });
    expect(result).toMatchObject({ status: "done", method: "text_layer", text: "\f", pageOffsets: [0, 1] });
  });

  it("names the scanned pages of a text PDF", async () => {
    const result = await extractDocument(await makePdfWithScannedAnnex(["Annexe : grille tarifaire"]), {
      allowOcr: false,
    });
    expect(result.status).toBe("done");
    expect(result.pageOffsets).toHaveLength(3);
    expect(result.error).toBe("La page 3 semble être une image numérisée : son texte n'a pas été lu.");
  });
});

describe("extractDocument on a scanned PDF without OCR", () => {
  it("leaves it waiting for OCR, never an empty success", async () => {
    const scanned = await makeScannedPdf([
      ["Délibération du conseil municipal"],
      ["Tarifs selon le quotient familial"],
    ]);
    for (const options of [{ allowOcr: false }, { allowOcr: true }]) {
      const result = await extractDocument(scanned, options);
      expect(result).toMatchObject({ status: "needs_ocr", method: null, text: "", confidence: null });
      expect(result.error).toMatch(/numérisée/);
    }
  });
});
