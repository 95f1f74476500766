/**
 * The upload's verdict on a PDF: does it open, are its pages reachable, and what would it run
 * or carry? Its streams are first decoded under a cap (pdf-stream-sizes.ts), so that no parser
 * meets a bomb. Then two real parsers decide, after every filter and object stream is decoded,
 * never the file's bytes: pdf.js's document model (what a viewer would run), and a walk of every
 * object pdf-lib parses (what pdf.js leaves out, such as launch actions). A hazard reported by
 * either is enough. The whole check has a time bound, as a hostile file may be slow to parse.
 */

import { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import type { PdfHazard } from "./pdf-hazard-kinds";
import { findModelHazards } from "./pdf-model-hazards";
import { findObjectHazards } from "./pdf-object-hazards";
import { endsWithEofMarker, openPdf } from "./pdf-open";
import { checkStreamSizes } from "./pdf-stream-sizes";

/** Far above what a genuine 10 MB PDF needs (a few hundred milliseconds for 200 pages). */
export const PDF_CHECK_TIMEOUT_MS = 15_000;

/** The hazards found; throws ExtractionFailure when the PDF is damaged, locked or too slow to check. */
export async function inspectPdf(bytes: Uint8Array, timeoutMs = PDF_CHECK_TIMEOUT_MS): Promise<ReadonlySet<PdfHazard>> {
  if (!endsWithEofMarker(bytes)) throw new ExtractionFailure(messages.damaged);
  const deadline = new Deadline(timeoutMs);
  try {
    return await deadline.race(inspect(bytes, deadline));
  } finally {
    deadline.clear();
  }
}

async function inspect(bytes: Uint8Array, deadline: Deadline): Promise<ReadonlySet<PdfHazard>> {
  await checkStreamSizes(bytes, deadline);
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages < 1) throw new ExtractionFailure(messages.damaged);
    const model = await findModelHazards(pdf, deadline);
    deadline.check();
    return new Set([...model.hazards, ...(await objectHazards(bytes, model.encrypted))]);
  } catch (error) {
    throw error instanceof ExtractionFailure ? error : new ExtractionFailure(messages.damaged);
  } finally {
    await pdf.loadingTask.destroy().catch(() => {});
  }
}

// pdf-lib does not decrypt: in an encrypted PDF (that pdf.js opened without a password) its
// object streams are out of its reach, and pdf.js's model is all there is.
async function objectHazards(bytes: Uint8Array, encrypted: boolean): Promise<ReadonlySet<PdfHazard>> {
  try {
    return await findObjectHazards(bytes);
  } catch (error) {
    if (encrypted) return new Set();
    throw error;
  }
}
