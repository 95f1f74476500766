/**
 * Every object of a PDF, read from start to end with pdf-lib's object parser: each "n g obj" in
 * the file (even inside another stream's bytes, where a cross-reference table could still point,
 * and objects no page uses), and each object inside an object stream, decoded behind any standard
 * filter and predictor. What the object walk (pdf-object-hazards.ts) looks at.
 *
 * Streams are decoded under a cap and counted before any parser reads them: pdf.js decodes a
 * whole stream at once, so one stream of 10 MB of DEFLATE could ask it for 10 GB. DEFLATE is
 * counted chunk by chunk through fflate and never kept; only object streams are kept, decoded,
 * to be parsed. Images are left out: only drawing a page decodes them, and the check never draws.
 */

import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFRawStream,
  type PDFObject,
} from "pdf-lib";
import type { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import { InflateLimitExceeded, inflatedSizeZlib, inflateZlibBounded } from "./inflate-bounded";
import { predictorOf, unpredict } from "./pdf-predictors";

/** Far above a page's drawing or an object stream of a genuine document. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;
const MAX_STREAMS_TOTAL_BYTES = 256 * 1024 * 1024;

const YIELD_EVERY_MS = 50;
const OBJECT_START = /\d+\s+\d+\s+obj\b/g;

export async function forEachObject(
  bytes: Uint8Array,
  deadline: Deadline,
  visit: (object: PDFObject) => void,
): Promise<void> {
  const context = PDFContext.create();
  const text = latin1(bytes);
  let remaining = MAX_STREAMS_TOTAL_BYTES;
  let yielded = Date.now();
  for (const match of text.matchAll(OBJECT_START)) {
    deadline.check();
    // Parsing and decoding are synchronous: now and then, the server gets to answer others.
    if (Date.now() - yielded > YIELD_EVERY_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      yielded = Date.now();
    }
    const object = parseAt(bytes.subarray(match.index + match[0].length), context);
    if (!object) continue;
    visit(object);
    if (!(object instanceof PDFRawStream) || isImage(object)) continue;
    const limit = Math.min(MAX_STREAM_BYTES, remaining);
    if (isObjectStream(object)) {
      const decoded = decodeObjectStream(object, limit);
      remaining -= decoded.length;
      for (const inner of objectsIn(object, decoded, context)) visit(inner);
      continue;
    }
    const size = decodedSize(object, limit);
    if (size === null) throw new ExtractionFailure(messages.pdfTooLarge);
    remaining -= size;
  }
}

function parseAt(bytes: Uint8Array, context: PDFContext): PDFObject | null {
  try {
    return PDFObjectParser.forBytes(bytes, context).parseObject();
  } catch {
    return null; // not an object pdf-lib can read: no reader will make more of it
  }
}

// pdf.js reads any stream a cross-reference entry points to as an object stream, /Type or not.
function isObjectStream(stream: PDFRawStream): boolean {
  return (
    stream.dict.get(PDFName.of("Type")) === PDFName.of("ObjStm") ||
    (stream.dict.get(PDFName.of("First")) instanceof PDFNumber && stream.dict.get(PDFName.of("N")) instanceof PDFNumber)
  );
}

/**
 * An object stream's contents, decoded and unpredicted, at most `limit` bytes. Data that does not
 * decode (an encrypted file's, say) yields nothing: pdf.js, which decrypts, reports on it.
 */
function decodeObjectStream(stream: PDFRawStream, limit: number): Uint8Array {
  const filters = filterNames(stream.dict.get(PDFName.of("Filter")));
  checkFilters(filters);
  try {
    const decoded =
      filters.length === 1 && filters[0] === "FlateDecode"
        ? inflateZlibBounded(stream.contents, limit)
        : asBytes(decodePDFRawStream(stream).getBytes(limit + 1));
    if (decoded.length > limit) throw new ExtractionFailure(messages.pdfTooLarge);
    const parameters = stream.dict.get(PDFName.of("DecodeParms"));
    const predictor = predictorOf(parameters instanceof PDFArray ? parameters.asArray().at(-1) : parameters);
    return predictor ? unpredict(decoded, predictor) : decoded;
  } catch (error) {
    if (error instanceof InflateLimitExceeded) throw new ExtractionFailure(messages.pdfTooLarge);
    if (error instanceof ExtractionFailure) throw error;
    return new Uint8Array(0);
  }
}

/** The objects an object stream holds: its header gives each one's offset after /First. */
function* objectsIn(stream: PDFRawStream, decoded: Uint8Array, context: PDFContext): Generator<PDFObject> {
  const first = stream.dict.get(PDFName.of("First"));
  if (!(first instanceof PDFNumber) || first.asNumber() > decoded.length) return;
  const header = latin1(decoded.subarray(0, first.asNumber())).trim().split(/\s+/).map(Number);
  for (let index = 1; index < header.length; index += 2) {
    const offset = header[index]!;
    if (!Number.isInteger(offset) || offset < 0) continue;
    const object = parseAt(decoded.subarray(first.asNumber() + offset), context);
    if (object) yield object;
  }
}

function isImage(stream: PDFRawStream): boolean {
  return stream.dict.get(PDFName.of("Subtype")) === PDFName.of("Image");
}

// What pdf-lib decodes, what only drawing an image decodes, and encryption's own filter.
const DECODED = new Set(["FlateDecode", "LZWDecode", "ASCIIHexDecode", "ASCII85Decode", "RunLengthDecode"]);
const LEFT_ALONE = new Set(["DCTDecode", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "Crypt"]);

/**
 * The decoded size, or null past `limit`. A filter no standard reader decodes (pdf.js also reads
 * Brotli, which nothing here can bound) makes the file unreadable; data that does not decode (an
 * encrypted file's streams, say) counts as its raw size, since no parser will get more out of it.
 */
function decodedSize(stream: PDFRawStream, limit: number): number | null {
  const filters = filterNames(stream.dict.get(PDFName.of("Filter")));
  const raw = stream.contents.length;
  checkFilters(filters);
  if (filters.length === 0 || filters.some((filter) => LEFT_ALONE.has(filter))) return raw <= limit ? raw : null;
  try {
    if (filters.length === 1 && filters[0] === "FlateDecode") return inflatedSizeZlib(stream.contents, limit);
    const { length } = decodePDFRawStream(stream).getBytes(limit + 1);
    return length > limit ? null : length;
  } catch (error) {
    if (error instanceof InflateLimitExceeded) return null;
    return Math.min(raw, limit);
  }
}

function asBytes(data: Uint8Array | Uint8ClampedArray): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function checkFilters(filters: readonly string[]): void {
  if (filters.some((filter) => !DECODED.has(filter) && !LEFT_ALONE.has(filter)))
    throw new ExtractionFailure(messages.damaged);
}

/**
 * The filter names, which genuine writers always give directly: a filter given by reference
 * (which this object-by-object reading cannot follow) makes the file unreadable here.
 */
function filterNames(filter: PDFObject | undefined): string[] {
  if (filter === undefined) return [];
  const items = filter instanceof PDFArray ? filter.asArray() : [filter];
  return items.map((item) => {
    if (!(item instanceof PDFName)) throw new ExtractionFailure(messages.damaged);
    return item.decodeText();
  });
}

// TextDecoder's "latin1" is not in every runtime; one char per byte is all the search needs.
// apply() with a typed array is several times faster than spreading it (10 MB in ~0.1 s).
function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000) as unknown as number[]);
  }
  return text;
}
