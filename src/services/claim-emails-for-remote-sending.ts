/** Remote sending, step 1: the dispatcher claims the due e-mails, each with the end of its lease. */

import { invalid } from "../domain/errors";
import { authorize } from "../domain/policies";
import { claimDueItems } from "../notifications/outbox-claims";
import type { ServiceContext } from "./context";
import { REMOTE_SENDING_REFUSAL } from "./remote-sending-refusal";

const DEFAULT_CLAIM_LIMIT = 10;
const MAX_CLAIM_LIMIT = 50;

export interface ClaimedEmail {
  readonly id: number;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly claim: number;
}

export async function claimEmailsForRemoteSending(ctx: ServiceContext, raw: unknown): Promise<ClaimedEmail[]> {
  authorize(ctx.actor, "send_remotely", REMOTE_SENDING_REFUSAL);
  const value = raw as Record<string, unknown> | null;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid('Le corps doit être un objet JSON, par exemple {"limit": 10}.');
  }
  const limit = value.limit ?? DEFAULT_CLAIM_LIMIT;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > MAX_CLAIM_LIMIT) {
    throw invalid(`« limit » doit être un nombre entier entre 1 et ${MAX_CLAIM_LIMIT}.`, { limit: "Valeur invalide." });
  }
  const claims = await claimDueItems(ctx.db, ctx.now(), limit, ["email"]);
  return claims.map(({ item, hold }) => ({
    id: item.id,
    to: item.recipient,
    subject: item.subject,
    text: item.body,
    claim: hold.until,
  }));
}
