/**
 * The applicant changes a draft's use case, data or legal framework: one batch, guarded by the
 * version the form was read at, with an event naming what changed; then the draft is judged
 * again against its documents with the new data.
 */

import { conflict, forbidden } from "../domain/errors";
import { canEditDraft } from "../domain/policies";
import { validateRequestInput, type RawRequestInput } from "../domain/request-input";
import { isUniqueViolation, runAtomically } from "../storage/database";
import { findRequest } from "../storage/requests-store";
import { draftEditStatements } from "../storage/request-writes";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { reannotateRequest } from "./read-document";

export async function updateDraft(
  ctx: ServiceContext,
  input: RawRequestInput & { requestId: number; version: number },
): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  if (!canEditDraft(ctx.actor, request)) throw forbidden("Seul un brouillon de votre organisation peut être modifié.");
  if (request.version !== input.version) throw conflict("Ce brouillon a été modifié entre-temps : rechargez la page.");
  const fields = validateRequestInput(input);
  const added = fields.scopes.filter((scope) => !request.scopes.includes(scope));
  const removed = request.scopes.filter((scope) => !fields.scopes.includes(scope));
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
          change: {
            added,
            removed,
            useCase: fields.useCase !== request.useCase ? fields.useCase : undefined,
            legalFramework:
              fields.legalFrameworkText !== request.legalFrameworkText ||
              fields.legalFrameworkUrl !== request.legalFrameworkUrl
                ? true
                : undefined,
          },
        },
        now,
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error, "events"))
      throw conflict("Ce brouillon a été modifié entre-temps : rechargez la page.");
    throw error;
  }
  await reannotateRequest(ctx.db, (await findRequest(ctx.db, request.id))!, now);
}
