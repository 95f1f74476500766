/**
 * A PDF's text layer with unpdf (pdf.js), page by page, in content order with its line breaks;
 * and whether the PDF looks scanned (little text per page, and images where text should be).
 */

import { getResolvedPDFJS } from "unpdf";
import type { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import { tidyPage } from "./pages";
import { endsWithEofMarker, openPdf, type PdfDocument } from "./pdf-open";

/** Below this many visible characters per page on average, a PDF with images is taken for a scan. */
const SCANNED_CHARS_PER_PAGE = 100;
/** How many pages are read concurrently. */
const PAGES_AT_ONCE = 8;
/** A page of a text PDF with fewer visible characters than this and an image is reported as a scan. */
const IMAGE_ONLY_PAGE_CHARS = 20;

export interface PdfText {
  readonly pages: string[];
  readonly totalPages: number;
  readonly looksScanned: boolean;
  /** 1-based pages of a text PDF that hold an image and next to no text (a scanned annex). */
  readonly imageOnlyPages: number[];
}

interface TextItem {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly height: number;
}

export async function readPdfText(bytes: Uint8Array, maxPages: number, deadline: Deadline): Promise<PdfText> {
  if (!endsWithEofMarker(bytes)) throw new ExtractionFailure(messages.damaged);
  const pdf = await openPdf(bytes);
  try {
    const totalPages = pdf.numPages;
    const pages: string[] = [];
    const last = Math.min(totalPages, maxPages);
    // Pages are asked for a few at a time: pdf.js overlaps their parsing (~15 % faster than one
    // by one), and the deadline is still checked between groups.
    for (let first = 1; first <= last; first += PAGES_AT_ONCE) {
      deadline.check();
      const numbers = Array.from({ length: Math.min(PAGES_AT_ONCE, last - first + 1) }, (_, index) => first + index);
      const contents = await Promise.all(numbers.map(async (number) => (await pdf.getPage(number)).getTextContent()));
      for (const content of contents) pages.push(tidyPage(pageText(content.items)));
    }
    const visible = pages.map((page) => page.replace(/\s/g, "").length);
    const average = visible.reduce((sum, count) => sum + count, 0) / Math.max(1, pages.length);
    const sparse = visible.flatMap((count, index) => (count < SCANNED_CHARS_PER_PAGE ? [index + 1] : []));
    if (average < SCANNED_CHARS_PER_PAGE) {
      // Little text and no image is a blank (or nearly blank) document: "done", not a scan.
      const withImages = await someHaveImages(pdf, sparse, deadline, true);
      return { pages, totalPages, looksScanned: withImages.length > 0, imageOnlyPages: [] };
    }
    const nearlyEmpty = sparse.filter((number) => visible[number - 1]! < IMAGE_ONLY_PAGE_CHARS);
    const imageOnlyPages = await someHaveImages(pdf, nearlyEmpty, deadline, false);
    return { pages, totalPages, looksScanned: false, imageOnlyPages };
  } catch (error) {
    throw error instanceof ExtractionFailure ? error : new ExtractionFailure(messages.damaged);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

/**
 * pdf.js marks line ends (hasEOL); a jump in height without one (separately drawn lines) is a
 * line end too, so that words of two lines never run together.
 */
function pageText(items: readonly (TextItem | { readonly type: string })[]): string {
  let text = "";
  let lastY: number | undefined;
  for (const item of items) {
    if (!("str" in item)) continue; // marked-content boundaries carry no text
    const y = item.transform[5] ?? 0;
    if (lastY !== undefined && text && !text.endsWith("\n") && Math.abs(y - lastY) > Math.max(item.height, 1))
      text += "\n";
    text += item.str + (item.hasEOL ? "\n" : "");
    lastY = y;
  }
  return text;
}

/** The pages among `numbers` that paint an image; with `firstOnly`, stops at the first one. */
async function someHaveImages(
  pdf: PdfDocument,
  numbers: readonly number[],
  deadline: Deadline,
  firstOnly: boolean,
): Promise<number[]> {
  const { OPS } = await getResolvedPDFJS();
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const found: number[] = [];
  for (const number of numbers) {
    deadline.check();
    const { fnArray } = await (await pdf.getPage(number)).getOperatorList();
    if (fnArray.some((op) => imageOps.has(op))) {
      found.push(number);
      if (firstOnly) break;
    }
  }
  return found;
}
