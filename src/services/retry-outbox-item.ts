/**
 * An admin puts a failed e-mail or webhook delivery back in the outbox, due now, with its
 * attempts counted afresh (the same retry rules then apply), audited on the request's history.
 */

import { conflict, notFound } from "../domain/errors";
import { runAtomically } from "../storage/database";
import { retryStatements } from "../storage/outbox-listing";
import { findOutboxItem } from "../storage/outbox-store";
import { authorize } from "../domain/policies";
import type { ServiceContext } from "./context";

export async function retryOutboxItem(ctx: ServiceContext, input: { id: number }): Promise<void> {
  authorize(ctx.actor, "manage_outbox", "Seul un administrateur relance un envoi.");
  const item = Number.isSafeInteger(input.id) && input.id > 0 ? await findOutboxItem(ctx.db, input.id) : undefined;
  // Items written before envois named their request cannot be audited on a history: none is left
  // after the migration that named them, but the check keeps the event's request id honest.
  if (!item || item.requestId === null) throw notFound("Cet envoi est introuvable.");
  if (item.status !== "failed") {
    throw conflict(
      item.status === "sent"
        ? "Cet envoi est déjà parti : il n'y a rien à relancer."
        : "Cet envoi est déjà en attente : il repartira à sa prochaine tentative.",
    );
  }
  // Another admin's retry that lands between our read and our batch leaves this one without effect.
  await runAtomically(ctx.db, retryStatements(ctx.db, { id: item.id, actorId: ctx.actor.userId }, ctx.now()));
}
