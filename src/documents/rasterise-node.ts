/** Node only: a PDF page as a PNG for OCR, drawn by unpdf (pdf.js) on @napi-rs/canvas. */

import { createIsomorphicCanvasFactory, getDocumentProxy, renderPageAsImage } from "unpdf";
import type { PdfPageRasteriser } from "./ocr-engine";

// Twice the PDF's 72 dpi, about 144 dpi: tesseract reads body text well from there.
const OCR_SCALE = 2;
// A page may declare any size (up to 200 × 200 inches): its image must still fit in memory.
const MAX_PIXELS = 40_000_000;

const canvasImport = () => import("@napi-rs/canvas");

export const rasterisePdfPage: PdfPageRasteriser = async (pdf, pageNumber) => {
  const CanvasFactory = await createIsomorphicCanvasFactory(canvasImport);
  // pdf.js may detach the buffer it is given: it gets a copy.
  const document = await getDocumentProxy(pdf.slice(), { CanvasFactory, verbosity: 0 });
  try {
    const { width, height } = (await document.getPage(pageNumber)).getViewport({ scale: 1 });
    const scale = Math.min(OCR_SCALE, Math.sqrt(MAX_PIXELS / Math.max(1, width * height)));
    return new Uint8Array(await renderPageAsImage(document, pageNumber, { canvasImport, scale }));
  } finally {
    await document.loadingTask.destroy();
  }
};
