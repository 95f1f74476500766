/** Admins' envois: one page of the outbox's e-mails and webhook deliveries, newest first. */

import { authorize } from "../domain/policies";
import type { OutboxListing, OutboxStatus } from "../domain/outbox-status";
import { listOutbox } from "../storage/outbox-listing";
import type { ServiceContext } from "./context";

export async function listOutboxPage(
  ctx: ServiceContext,
  query: { status?: OutboxStatus; limit: number; offset: number },
): Promise<{ items: OutboxListing[]; total: number }> {
  authorize(ctx.actor, "manage_outbox", "Seul un administrateur consulte les envois.");
  return listOutbox(ctx.db, query);
}
