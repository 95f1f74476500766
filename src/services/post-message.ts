/**
 * A message between the collectivité and the instructors, kept with the request, and e-mailed
 * to the other side in the same batch (through the outbox, with the decisions' retry rules):
 * an instructor's message to the organisation's agents; an agent's message to the instructor
 * who took the request, or to every instructor while nobody has.
 */

import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import { messageItems } from "../notifications/messages";
import { runAtomically } from "../storage/database";
import { messageStatements } from "../storage/history-store";
import { instructorEmails, organisationEmails, outboxStatements } from "../storage/outbox-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { normaliseText } from "../domain/required-text";

const MAX_MESSAGE_LENGTH = 5000;

export async function postMessage(ctx: ServiceContext, input: { requestId: number; body: string }): Promise<void> {
  const request = await loadReadableRequest(ctx, input.requestId);
  authorize(ctx.actor, "write_message", "Votre rôle ne permet pas d'écrire.");
  const role = ctx.actor.role;
  const body = normaliseText(input.body, "paragraphs");
  if (!body) throw invalid("Le message est vide.", { message: "Écrivez votre message." });
  if (body.length > MAX_MESSAGE_LENGTH) {
    throw invalid("Le message est trop long.", { message: `${MAX_MESSAGE_LENGTH} caractères au plus.` });
  }
  const recipients =
    role === "instructor"
      ? await organisationEmails(ctx.db, request.organisationId)
      : await instructorEmails(ctx.db, request.assignedInstructorId);
  const now = ctx.now();
  await runAtomically(ctx.db, [
    ...messageStatements(ctx.db, { requestId: request.id, authorId: ctx.actor.userId, body }, now),
    ...outboxStatements(
      ctx.db,
      messageItems(
        {
          requestId: request.id,
          from: role === "instructor" ? "instructor" : "applicant",
          authorName: ctx.actor.name,
          body,
        },
        recipients,
      ),
      now,
    ),
  ]);
}
