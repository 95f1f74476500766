/** Remote reading, step 2: a document's bytes, for the remote reader to OCR. */

import { notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { findDocument, readDocumentBytes } from "../storage/documents-store";
import type { ServiceContext } from "./context";
import { REMOTE_READING_REFUSAL } from "./remote-reading-refusal";

export async function documentBytesForReading(ctx: ServiceContext, documentId: number): Promise<Uint8Array> {
  authorize(ctx.actor, "read_remotely", REMOTE_READING_REFUSAL);
  if (!(await findDocument(ctx.db, documentId))) throw notFound("Ce document est introuvable.");
  return readDocumentBytes(ctx.db, documentId);
}
