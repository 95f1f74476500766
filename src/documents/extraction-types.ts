/**
 * What reading a document produces. The text is kept as extracted (evidence ranges point
 * into it, so the instructor sees exactly what was read); normalisation for the rules keeps
 * a map back to these offsets.
 */

export type ExtractionMethod = "text_layer" | "ocr" | "docx" | "odt" | "plain";

/**
 * - done: text is there (possibly empty for a truly blank document, which readability reports);
 * - needs_ocr: a scan that this runtime cannot read (Workers): a Node worker must pick it up;
 * - failed: unreadable (encrypted, corrupt, refused); `error` says why in French.
 */
type ExtractionStatus = "done" | "needs_ocr" | "failed";

export interface ExtractionResult {
  readonly status: ExtractionStatus;
  readonly method: ExtractionMethod | null;
  /** The extracted text, pages joined with "\f" (form feed) so offsets stay meaningful. */
  readonly text: string;
  /** Offset in `text` where each page starts; [0] for a one-page or page-less document. */
  readonly pageOffsets: readonly number[];
  /** Mean OCR confidence 0..100 over pages (null when no OCR was involved). */
  readonly confidence: number | null;
  /** Per-page OCR confidence 0..100, same order as pageOffsets (empty when no OCR). */
  readonly pageConfidences: readonly number[];
  /** French, for the instructor and the applicant, when status is failed (or a warning). */
  readonly error: string | null;
}

export interface ExtractionOptions {
  /** OCR is heavy: Node may run it, Workers may not (then status is needs_ocr). */
  readonly allowOcr: boolean;
  /** Bound on pages read; beyond it the rest is ignored and said in `error`. */
  readonly maxPages?: number;
  /** Bound on wall time; a slower extraction ends as failed with a French message. */
  readonly timeoutMs?: number;
}
