/**
 * A bound on what a PDF's streams decode to, checked before any parser decodes them: pdf.js and
 * pdf-lib decode a whole stream at once, so one object stream of 10 MB of DEFLATE could ask them
 * for 10 GB. Every stream pdf-lib can decode is decoded here under a cap and counted, never kept
 * whole (DEFLATE streams through fflate, chunk by chunk; other filters through pdf-lib up to the
 * cap). Images are left out: only drawing a page decodes them, and the check never draws.
 */

import {
  decodePDFRawStream,
  PDFArray,
  PDFContext,
  PDFName,
  PDFObjectParser,
  PDFRawStream,
  type PDFObject,
} from "pdf-lib";
import type { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import { InflateLimitExceeded, inflatedSizeZlib } from "./inflate-bounded";

/** Far above a page's drawing or an object stream of a genuine document. */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
export const MAX_STREAMS_TOTAL_BYTES = 256 * 1024 * 1024;

const YIELD_EVERY_MS = 50;

// Where objects start: every one, even inside another stream's bytes, where a cross-reference
// table could still point.
const OBJECT_START = /\d+\s+\d+\s+obj\b/g;

export async function checkStreamSizes(bytes: Uint8Array, deadline: Deadline): Promise<void> {
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
    const stream = streamAt(bytes.subarray(match.index + match[0].length), context);
    if (!stream || isImage(stream)) continue;
    const size = decodedSize(stream, Math.min(MAX_STREAM_BYTES, remaining));
    if (size === null) throw new ExtractionFailure(messages.pdfTooLarge);
    remaining -= size;
  }
}

function streamAt(bytes: Uint8Array, context: PDFContext): PDFRawStream | null {
  try {
    const object = PDFObjectParser.forBytes(bytes, context).parseObject();
    return object instanceof PDFRawStream ? object : null;
  } catch {
    return null; // not an object pdf-lib can read: no parser will decode it either
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
  if (filters.some((filter) => !DECODED.has(filter) && !LEFT_ALONE.has(filter)))
    throw new ExtractionFailure(messages.damaged);
  if (filters.length === 0 || filters.some((filter) => LEFT_ALONE.has(filter))) return raw <= limit ? raw : null;
  try {
    if (filters.length === 1 && filters[0] === "FlateDecode") return inflatedSizeZlib(stream.contents, limit);
    const decoded = decodePDFRawStream(stream).getBytes(limit + 1);
    return decoded.length > limit ? null : decoded.length;
  } catch (error) {
    if (error instanceof InflateLimitExceeded) return null;
    return Math.min(raw, limit);
  }
}

function filterNames(filter: PDFObject | undefined): string[] {
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray)
    return filter.asArray().flatMap((item) => (item instanceof PDFName ? [item.decodeText()] : []));
  return [];
}

// TextDecoder's "latin1" is not in every runtime; one char per byte is all the search needs.
function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000) as unknown as number[]);
  }
  return text;
}
