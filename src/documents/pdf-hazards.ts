/**
 * The upload's verdict on a PDF: does it open, are its pages reachable, and what would it run
 * or carry? Two readings decide, after every filter and object stream is decoded, never the
 * file's bytes: every object, read one by one with its streams decoded under a cap (so that no
 * parser meets a bomb), walked for actions and embedded content; then pdf.js's document model
 * (what a viewer would run, the file decrypted). A hazard reported by either is enough. The
 * whole check has a time bound, as a hostile file may be slow to parse.
 */

import { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import type { PdfHazard } from "./pdf-hazard-kinds";
import { findModelHazards } from "./pdf-model-hazards";
import { findObjectHazards } from "./pdf-object-hazards";
import { endsWithEofMarker, openPdf } from "./pdf-open";

/** Far above what a genuine 10 MB PDF needs (a few hundred milliseconds for 200 pages). */
const PDF_CHECK_TIMEOUT_MS = 15_000;

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
  try {
    const objects = await findObjectHazards(bytes, deadline);
    const pdf = await openPdf(bytes);
    try {
      if (pdf.numPages < 1) throw new ExtractionFailure(messages.damaged);
      return new Set([...objects, ...(await findModelHazards(pdf, deadline))]);
    } finally {
      await pdf.loadingTask.destroy().catch(() => {});
    }
  } catch (error) {
    throw error instanceof ExtractionFailure ? error : new ExtractionFailure(messages.damaged);
  }
}
