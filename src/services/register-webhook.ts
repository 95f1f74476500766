/**
 * An admin registers a tool's address to follow decisions. The address goes through the
 * outgoing guard before it is kept (https, a public address after DNS where the runtime can
 * resolve), so an address Cadre would refuse to call is never stored; delivery checks it again,
 * as DNS can change in between. The secret that signs deliveries is made here and shown once;
 * the webhook and its audit row are written together.
 */

import { randomHex } from "../domain/digest";
import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import type { OutboundGuard } from "../outbound/guarded-fetch";
import { findOutboundError } from "../outbound/outbound-error";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { newWebhookId } from "../storage/ids";
import { webhookInsertStatement } from "../storage/outbox-store";
import type { ServiceContext } from "./context";

export const MANAGE_WEBHOOKS_REFUSAL = "Seul un administrateur gère les webhooks.";

export async function registerWebhook(
  ctx: ServiceContext,
  input: { url: string },
  guard: Pick<OutboundGuard, "check">,
): Promise<{ url: string; secret: string }> {
  authorize(ctx.actor, "manage_webhooks", MANAGE_WEBHOOKS_REFUSAL);
  let checked: URL;
  try {
    checked = await guard.check(input.url.trim());
  } catch (error) {
    const refusal = findOutboundError(error);
    if (!refusal) throw error;
    throw invalid(`Ce webhook n'a pas été enregistré. ${refusal.message}`, { url: refusal.message });
  }
  const url = checked.href;
  const secret = randomHex(32);
  const now = ctx.now();
  await runAtomically(ctx.db, [
    webhookInsertStatement(ctx.db, { url, secret }, now),
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: "webhook_added",
        subjectType: "webhook",
        subjectId: newWebhookId(),
        payload: { url },
      },
      now,
    ),
  ]);
  return { url, secret };
}
