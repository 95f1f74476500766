/**
 * Opening a PDF with pdf.js (through unpdf, which runs it in the same thread, in Node and in
 * Workers alike), for the upload's check and for the text layer.
 */

import { getDocumentProxy } from "unpdf";
import { ExtractionFailure, messages } from "./extraction-failure";

export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** Throws ExtractionFailure: a password asked for, or a file pdf.js cannot open at all. */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js may take ownership of (detach) the buffer it is given: it gets a copy.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0, stopAtErrors: false });
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") throw new ExtractionFailure(messages.pdfPassword);
    throw new ExtractionFailure(messages.damaged);
  }
}

/**
 * A PDF ends with %%EOF (within its last 1024 bytes, as Acrobat allows); pdf.js would patch a
 * truncated one together and read half a délibération as if it were whole.
 */
export function endsWithEofMarker(bytes: Uint8Array): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  return String.fromCharCode(...tail).includes("%%EOF");
}
