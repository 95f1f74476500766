/** An admin stops deliveries to a webhook; the row stays (the outbox names it), with an audit row. */

import { notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { findWebhook, webhookDeactivateStatement } from "../storage/outbox-store";
import { MANAGE_WEBHOOKS_REFUSAL } from "./register-webhook";
import type { ServiceContext } from "./context";

export async function deactivateWebhook(ctx: ServiceContext, input: { webhookId: number }): Promise<void> {
  authorize(ctx.actor, "manage_webhooks", MANAGE_WEBHOOKS_REFUSAL);
  const hook = await findWebhook(ctx.db, input.webhookId);
  if (!hook) throw notFound("Ce webhook est introuvable.");
  if (!hook.active) return;
  const now = ctx.now();
  await runAtomically(ctx.db, [
    webhookDeactivateStatement(ctx.db, hook.id),
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: "webhook_deactivated",
        subjectType: "webhook",
        subjectId: hook.id,
        payload: { url: hook.url },
      },
      now,
    ),
  ]);
}
