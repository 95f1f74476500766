/**
 * An admin registers a tool's address to follow decisions. The secret that signs deliveries is
 * made here and shown once; the webhook and its audit row are written together.
 */

import { randomHex } from "../domain/digest";
import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { newWebhookId } from "../storage/ids";
import { webhookInsertStatement } from "../storage/outbox-store";
import type { ServiceContext } from "./context";

export const MANAGE_WEBHOOKS_REFUSAL = "Seul un administrateur gère les webhooks.";

// A public address with a host name, or a local one for tools on the same machine.
const PUBLIC_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const LOCAL_URL = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export async function addWebhook(
  ctx: ServiceContext,
  input: { url: string },
): Promise<{ url: string; secret: string }> {
  authorize(ctx.actor, "manage_webhooks", MANAGE_WEBHOOKS_REFUSAL);
  const url = input.url.trim();
  if (!PUBLIC_URL.test(url) && !LOCAL_URL.test(url)) {
    throw invalid("Indiquez une adresse web complète (https://…).", { url: "Adresse invalide." });
  }
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
