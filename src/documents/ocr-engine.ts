/** What extraction needs from an OCR engine, so that it never imports one (Workers cannot run it). */

export interface OcrEngine {
  /** Reads one page image (PNG or JPEG); confidence is 0..100. */
  recognise(image: Uint8Array): Promise<{ text: string; confidence: number }>;
  /** Frees the engine (worker threads, memory); the engine is not used afterwards. */
  close(): Promise<void>;
}

/**
 * Renders page `pageNumber` (1-based) of a PDF to a PNG for OCR. Kept apart from OcrEngine on
 * purpose: rendering needs a canvas (Node's @napi-rs/canvas), reading an image does not, and an
 * engine that only reads images (a remote service, a test double) stays one method. A scanned PDF
 * is read by OCR only when extraction gets both an engine and a rasteriser.
 */
export type PdfPageRasteriser = (pdf: Uint8Array, pageNumber: number) => Promise<Uint8Array>;
