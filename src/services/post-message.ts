/** A message between the collectivité and the instructors, kept with the request. */

import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import { runAtomically } from "../storage/database";
import { messageStatements } from "../storage/history-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

const MAX_MESSAGE_LENGTH = 5000;

export async function postMessage(ctx: ServiceContext, input: { requestId: number; body: string }): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  authorize(ctx.actor, "write_message", "Votre rôle ne permet pas d'écrire.");
  const body = input.body.trim();
  if (!body) throw invalid("Le message est vide.", { message: "Écrivez votre message." });
  if (body.length > MAX_MESSAGE_LENGTH) {
    throw invalid("Le message est trop long.", { message: `${MAX_MESSAGE_LENGTH} caractères au plus.` });
  }
  await runAtomically(
    ctx.db,
    messageStatements(ctx.db, { requestId: request.id, authorId: ctx.actor.userId, body }, ctx.now()),
  );
}
