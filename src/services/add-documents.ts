/**
 * The applicant adds documents to a draft, or the act an instructor asked for: stored with
 * an event, all or nothing. Adding changes no version: a decision form stays valid, and the
 * request only moves when the applicant submits it again.
 */

import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import { MAX_DOCUMENTS_PER_REQUEST, type DocumentKind } from "../domain/document";
import type { CheckedUpload } from "../documents/upload";
import { runAtomically } from "../storage/database";
import { documentCount, documentStatements } from "../storage/documents-store";
import { eventStatement } from "../storage/event-rows";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

export async function addDocuments(
  ctx: ServiceContext,
  input: { requestId: number; kind: DocumentKind; uploads: readonly CheckedUpload[] },
): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  authorize(ctx.actor, "add_documents", "Seule la collectivité dépose les documents de sa demande.");
  if (request.state !== "draft" && request.state !== "tariff_act_requested") {
    throw invalid("Cette demande n'attend pas de document : elle est en instruction ou décidée.");
  }
  if (input.uploads.length === 0) throw invalid("Aucun fichier reçu.", { documents: "Joignez au moins un fichier." });
  const count = Number((await documentCount(ctx.db, request.id))?.count ?? 0);
  if (count + input.uploads.length > MAX_DOCUMENTS_PER_REQUEST) {
    throw invalid(`Une demande compte au plus ${MAX_DOCUMENTS_PER_REQUEST} documents (${count} déjà joints).`, {
      documents: `Au plus ${MAX_DOCUMENTS_PER_REQUEST} fichiers par demande.`,
    });
  }
  const now = ctx.now();
  await runAtomically(ctx.db, [
    ...input.uploads.flatMap((upload) =>
      documentStatements(
        ctx.db,
        { ...upload, kind: input.kind, requestId: request.id, uploadedById: ctx.actor.userId },
        now,
      ),
    ),
    eventStatement(
      ctx.db,
      {
        requestId: request.id,
        requestVersion: null,
        actorId: ctx.actor.userId,
        type: "documents_added",
        payload: { documents: input.uploads.map((upload) => upload.name), kind: input.kind },
      },
      now,
    ),
  ]);
}
