/**
 * The applicant changes a draft's use case, data or legal framework: one batch, guarded by the
 * version the form was read at, with an event holding each change (before and after); then the
 * draft is judged again against its documents with the new data. Saving without a change
 * writes nothing.
 */

import { conflict, forbidden } from "../domain/errors";
import { draftChanges, isUnchanged } from "../domain/draft-changes";
import { canEditDraft } from "../domain/policies";
import { validateRequestInput, type RawRequestInput } from "../domain/request-input";
import { isUniqueViolation, runAtomically } from "../storage/database";
import { findRequest } from "../storage/requests-store";
import { draftEditStatements } from "../storage/request-writes";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { reannotateRequest } from "./read-document";

const DRAFT_CHANGED =
  "Ce brouillon a été modifié entre-temps, rien n'a été enregistré : vos changements sont gardés ci-dessous, relisez-les puis enregistrez de nouveau.";

export async function updateDraft(
  ctx: ServiceContext,
  input: RawRequestInput & { requestId: number; version: number },
): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  if (!canEditDraft(ctx.actor, request)) throw forbidden("Seul un brouillon de votre organisation peut être modifié.");
  if (request.version !== input.version) throw conflict(DRAFT_CHANGED);
  const fields = validateRequestInput(input);
  const changes = draftChanges(request, fields);
  if (isUnchanged(changes)) return;
  const now = ctx.now();
  try {
    await runAtomically(
      ctx.db,
      draftEditStatements(
        ctx.db,
        {
          requestId: request.id,
          fromVersion: request.version,
          actorId: ctx.actor.userId,
          fields,
          change: { ...changes },
        },
        now,
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error, "events")) throw conflict(DRAFT_CHANGED);
    throw error;
  }
  await reannotateRequest(ctx.db, (await findRequest(ctx.db, request.id))!, now);
}
