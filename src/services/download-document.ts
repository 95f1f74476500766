/** A document's bytes, for whoever may read its request (an applicant: their own organisation's only). */

import { notFound } from "../domain/errors";
import { findDocument, readDocumentBytes, type DocumentRow } from "../storage/documents-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

export async function downloadDocument(
  ctx: ServiceContext,
  input: { requestId: number; documentId: number },
): Promise<{ document: DocumentRow; bytes: Uint8Array }> {
  await loadReadableRequest(ctx, input.requestId);
  const document = Number.isSafeInteger(input.documentId) ? await findDocument(ctx.db, input.documentId) : undefined;
  if (!document || document.requestId !== input.requestId) throw notFound("Ce document est introuvable.");
  if (document.purgedAt !== null) throw notFound("Ce document a été supprimé à la fin de sa durée de conservation.");
  return { document, bytes: await readDocumentBytes(ctx.db, document.id) };
}
