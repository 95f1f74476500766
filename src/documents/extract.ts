/**
 * From an upload's bytes to text: the real type from the bytes, then the PDF text layer, OCR
 * (scans and images, when this runtime has an engine), DOCX or ODT. Never throws, never hangs:
 * every failure ends as status "failed" with a French reason.
 *
 * Runs in Workers: nothing imported here may need Node. OCR comes in through `options`:
 * `ocr` reads images, `rasterise` turns a PDF page into one (see ocr-engine.ts); Node passes
 * createNodeOcr() and rasterisePdfPage, Workers pass neither and scans end as "needs_ocr".
 */

import { Deadline } from "./deadline";
import { readDocx } from "./docx";
import type { ExtractionMethod, ExtractionOptions, ExtractionResult } from "./extraction-types";
import { ExtractionFailure, messages } from "./extraction-failure";
import { imageSize } from "./image-size";
import type { OcrEngine, PdfPageRasteriser } from "./ocr-engine";
import { meanConfidence, recognisePages } from "./ocr-pages";
import { readOdt } from "./odt";
import { joinPages } from "./pages";
import { readPdfText } from "./pdf-text";
import { DOCX, ODT, OLE_CONTAINER, PDF, sniffMediaType } from "./sniff";

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_PAGES = 200;
const MAX_IMAGE_PIXELS = 50_000_000;

export interface ExtractDocumentOptions extends ExtractionOptions {
  readonly ocr?: OcrEngine;
  readonly rasterise?: PdfPageRasteriser;
}

interface Run {
  readonly options: ExtractDocumentOptions;
  readonly maxPages: number;
  readonly deadline: Deadline;
}

export async function extractDocument(bytes: Uint8Array, options: ExtractDocumentOptions): Promise<ExtractionResult> {
  const deadline = new Deadline(positive(options?.timeoutMs) ?? DEFAULT_TIMEOUT_MS);
  try {
    const run = {
      options: options ?? { allowOcr: false },
      maxPages: positive(options?.maxPages) ?? DEFAULT_MAX_PAGES,
      deadline,
    };
    return await deadline.race(dispatch(bytes, run));
  } catch (error) {
    if (error instanceof ExtractionFailure) return failed(error.reason);
    // A bug, not a bad file: the applicant gets a plain reason, the logs get the cause.
    console.error("[cadre] extraction : erreur inattendue", error);
    return failed(messages.unexpected);
  } finally {
    deadline.clear();
  }
}

async function dispatch(bytes: Uint8Array, run: Run): Promise<ExtractionResult> {
  if (!(bytes instanceof Uint8Array)) throw new ExtractionFailure(messages.unexpected);
  if (bytes.length === 0) throw new ExtractionFailure(messages.empty);
  const checkpoint = () => run.deadline.check();
  switch (sniffMediaType(bytes)) {
    case PDF:
      return readPdf(bytes, run);
    case DOCX:
      return fromPages("docx", readDocx(bytes, checkpoint), run);
    case ODT:
      return fromPages("odt", readOdt(bytes, checkpoint), run);
    case "image/png":
    case "image/jpeg":
      return readImage(bytes, run);
    case "application/zip":
      throw new ExtractionFailure(messages.otherZip);
    case OLE_CONTAINER:
      throw new ExtractionFailure(messages.legacyOffice);
    default:
      throw new ExtractionFailure(messages.unknownFormat);
  }
}

async function readPdf(bytes: Uint8Array, run: Run): Promise<ExtractionResult> {
  const layer = await readPdfText(bytes, run.maxPages, run.deadline);
  const truncation =
    layer.totalPages > layer.pages.length ? messages.tooManyPages(layer.totalPages, layer.pages.length) : null;
  if (!layer.looksScanned) {
    const scans = layer.imageOnlyPages.length > 0 ? messages.imageOnlyPages(layer.imageOnlyPages) : null;
    return done("text_layer", layer.pages, [], [truncation, scans]);
  }
  const { ocr, rasterise, allowOcr } = run.options;
  if (!allowOcr || !ocr || !rasterise) return needsOcr();
  const read = await recognisePages(layer.pages.length, (page) => rasterise(bytes, page), ocr, run.deadline);
  return done("ocr", read.pages, read.confidences, [truncation]);
}

async function readImage(bytes: Uint8Array, run: Run): Promise<ExtractionResult> {
  const size = imageSize(bytes);
  if (!size) throw new ExtractionFailure(messages.damaged);
  if (size.width * size.height > MAX_IMAGE_PIXELS) throw new ExtractionFailure(messages.imageTooLarge);
  const { ocr, allowOcr } = run.options;
  if (!allowOcr || !ocr) return needsOcr();
  const read = await recognisePages(1, async () => bytes, ocr, run.deadline);
  return done("ocr", read.pages, read.confidences, []);
}

function fromPages(method: ExtractionMethod, pages: string[], run: Run): ExtractionResult {
  if (pages.length <= run.maxPages) return done(method, pages, [], []);
  return done(method, pages.slice(0, run.maxPages), [], [messages.tooManyPages(pages.length, run.maxPages)]);
}

function done(
  method: ExtractionMethod,
  pages: readonly string[],
  pageConfidences: readonly number[],
  warnings: readonly (string | null)[],
): ExtractionResult {
  const notes = warnings.filter((warning): warning is string => warning !== null);
  return {
    status: "done",
    method,
    ...joinPages(pages),
    confidence: meanConfidence(pageConfidences),
    pageConfidences,
    error: notes.length > 0 ? notes.join(" ") : null,
  };
}

function needsOcr(): ExtractionResult {
  return { ...empty(), status: "needs_ocr", error: messages.needsOcr };
}

function failed(reason: string): ExtractionResult {
  return { ...empty(), status: "failed", error: reason };
}

function empty(): ExtractionResult {
  return {
    status: "failed",
    method: null,
    text: "",
    pageOffsets: [0],
    confidence: null,
    pageConfidences: [],
    error: null,
  };
}

function positive(value: number | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? Math.max(1, Math.floor(value)) : undefined;
}
