/** An applicant starts a request: the draft, its scopes, its first documents and its event, at once. */

import { forbidden, invalid } from "../domain/errors";
import { roleMay } from "../domain/policies";
import { MAX_DOCUMENTS_PER_REQUEST, type DocumentKind } from "../domain/document";
import { validateRequestInput, type RawRequestInput } from "../domain/request-input";
import { runAtomically } from "../storage/database";
import { documentStatements } from "../storage/documents-store";
import { newRequestId } from "../storage/ids";
import { draftStatements } from "../storage/request-writes";
import type { CheckedUpload } from "../documents/upload";
import type { ServiceContext } from "./context";

export interface NewRequestInput extends RawRequestInput {
  readonly documents?: readonly { readonly upload: CheckedUpload; readonly kind: DocumentKind }[];
}

export async function createDraftRequest(ctx: ServiceContext, input: NewRequestInput): Promise<number> {
  const { actor } = ctx;
  if (!roleMay(actor.role, "create_request") || actor.organisationId === null) {
    throw forbidden("Seul un agent de collectivité peut déposer une demande.");
  }
  const fields = validateRequestInput(input);
  const documents = input.documents ?? [];
  if (documents.length > MAX_DOCUMENTS_PER_REQUEST) {
    throw invalid(`Une demande compte au plus ${MAX_DOCUMENTS_PER_REQUEST} documents.`, {
      documents: `Au plus ${MAX_DOCUMENTS_PER_REQUEST} fichiers.`,
    });
  }
  const now = ctx.now();
  const [created] = await runAtomically(ctx.db, [
    ...draftStatements(ctx.db, { ...fields, organisationId: actor.organisationId, createdById: actor.userId }, now),
    ...documents.flatMap(({ upload, kind }) =>
      documentStatements(ctx.db, { ...upload, kind, requestId: newRequestId(), uploadedById: actor.userId }, now),
    ),
  ]);
  // The first statement is the request insert, which returns its id.
  return (created as { id: number }[])[0]!.id;
}
