/** The webhooks page's rows: every registered address, active or not (admins only). */

import { authorize } from "../domain/policies";
import { listWebhooks as listWebhookRows } from "../storage/outbox-store";
import { MANAGE_WEBHOOKS_REFUSAL } from "./register-webhook";
import type { ServiceContext } from "./context";

export interface WebhookListing {
  readonly id: number;
  readonly url: string;
  readonly active: boolean;
  readonly createdAt: number;
}

export async function listWebhooks(ctx: ServiceContext): Promise<WebhookListing[]> {
  authorize(ctx.actor, "manage_webhooks", MANAGE_WEBHOOKS_REFUSAL);
  const rows = await listWebhookRows(ctx.db);
  return rows.map(({ id, url, active, createdAt }) => ({ id, url, active, createdAt }));
}
