/** A message between the collectivité and the instructors, kept with the request. */

import { forbidden, invalid } from "../domain/errors";
import { runAtomically } from "../storage/database";
import { messageStatements } from "../storage/history-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { normaliseText } from "../domain/required-text";

export const MAX_MESSAGE_LENGTH = 5000;

export async function postMessage(ctx: ServiceContext, input: { requestId: number; body: string }): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  // Readers read; the applicant and the instructors talk.
  if (ctx.actor.role !== "applicant" && ctx.actor.role !== "instructor")
    throw forbidden("Votre rôle ne permet pas d'écrire.");
  const body = normaliseText(input.body, "paragraphs");
  if (!body) throw invalid("Le message est vide.", { message: "Écrivez votre message." });
  if (body.length > MAX_MESSAGE_LENGTH) {
    throw invalid("Le message est trop long.", { message: `${MAX_MESSAGE_LENGTH} caractères au plus.` });
  }
  await runAtomically(
    ctx.db,
    messageStatements(ctx.db, { requestId: request.id, authorId: ctx.actor.userId, body }, ctx.now()),
  );
}
