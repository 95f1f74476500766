/**
 * Remote reading, step 3: what the remote reader read, checked field by field, is stored and
 * the request judged again, as if it had been read here.
 */

import { invalid, notFound } from "../domain/errors";
import type { ExtractionResult } from "../documents/extraction-types";
import { authorize } from "../domain/policies";
import { findDocument } from "../storage/documents-store";
import { findRequest } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { storeReading } from "./read-document";
import { REMOTE_READING_REFUSAL } from "./remote-reading-refusal";

export async function storeRemoteReading(ctx: ServiceContext, documentId: number, raw: unknown): Promise<void> {
  authorize(ctx.actor, "read_remotely", REMOTE_READING_REFUSAL);
  const document = await findDocument(ctx.db, documentId);
  const request = document && (await findRequest(ctx.db, document.requestId));
  if (!document || !request) throw notFound("Ce document est introuvable.");
  await storeReading(ctx.db, ctx.now(), request, documentId, checkExtraction(raw));
}

/** What a remote reader sends is checked field by field: it is input like any other. */
function checkExtraction(raw: unknown): ExtractionResult {
  const value = (raw ?? {}) as Record<string, unknown>;
  const status = value.status;
  const text = value.text;
  const pageOffsets = value.pageOffsets;
  if (status !== "done" && status !== "failed") throw invalid("« status » doit valoir done ou failed.");
  if (typeof text !== "string" || text.length > 5_000_000) throw invalid("« text » doit être un texte (5 Mo au plus).");
  if (
    !Array.isArray(pageOffsets) ||
    !pageOffsets.every(
      (offset, index) =>
        Number.isInteger(offset) &&
        offset >= 0 &&
        offset <= text.length &&
        (index === 0 || offset >= (pageOffsets[index - 1] as number)),
    )
  ) {
    throw invalid("« pageOffsets » doit être une liste croissante de positions dans le texte.");
  }
  const confidence =
    typeof value.confidence === "number" && value.confidence >= 0 && value.confidence <= 100 ? value.confidence : null;
  return {
    status,
    method: status === "done" ? "ocr" : null,
    text,
    pageOffsets: pageOffsets.length ? (pageOffsets as number[]) : [0],
    confidence,
    pageConfidences: [],
    error: typeof value.error === "string" ? value.error.slice(0, 1000) : null,
  };
}
