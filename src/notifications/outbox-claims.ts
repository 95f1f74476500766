/**
 * The rules every dispatcher follows, whether it sends here (Node's loop, the Worker's cron) or
 * far away (a Node machine sending a Worker's e-mails through the API): claim an item for a
 * lease so that nobody else sends it, then settle it as sent, or as failed with a later attempt
 * (1 min, 5 min, 30 min, 2 h, 12 h), and after the last one as failed for good, with its error.
 */

import type { Database } from "../storage/database";
import {
  claimOutboxItem,
  dueOutboxItems,
  settleOutboxItem,
  type OutboxHold,
  type OutboxKind,
  type OutboxRow,
} from "../storage/outbox-store";

/** How long a claimed item stays with its dispatcher before another may retry it. */
export const CLAIM_LEASE_MS = 10 * 60_000;

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];

export type DueItem = OutboxRow & { secret: string | null };

export interface Claim {
  readonly item: DueItem;
  readonly hold: OutboxHold;
}

export type Outcome = { readonly sent: true } | { readonly sent: false; readonly error: string };

/** "lost": the item was no longer held as claimed (lease taken over, or already settled). */
export type Settlement = "sent" | "retried" | "failed" | "lost";

/** Null when another dispatcher moved the item since it was read: it is theirs. */
export async function claimItem(db: Database, item: DueItem, now: number): Promise<Claim | null> {
  const until = now + CLAIM_LEASE_MS;
  if (!(await claimOutboxItem(db, item, until))) return null;
  return { item, hold: { id: item.id, until, attempts: item.attempts } };
}

/** Claims up to `limit` due items of the given kinds; the ones another dispatcher won are skipped. */
export async function claimDueItems(
  db: Database,
  now: number,
  limit: number,
  kinds: readonly OutboxKind[],
): Promise<Claim[]> {
  const claims: Claim[] = [];
  for (const item of await dueOutboxItems(db, now, limit, kinds)) {
    const claim = await claimItem(db, item, now);
    if (claim) claims.push(claim);
  }
  return claims;
}

export async function settleClaim(db: Database, hold: OutboxHold, outcome: Outcome, now: number): Promise<Settlement> {
  if (outcome.sent) return (await settleOutboxItem(db, hold, { status: "sent", sentAt: now })) ? "sent" : "lost";
  const attempts = hold.attempts + 1;
  const gaveUp = attempts > RETRY_DELAYS_MS.length;
  const settled = await settleOutboxItem(db, hold, {
    status: gaveUp ? "failed" : "pending",
    attempts,
    nextAttemptAt: now + (RETRY_DELAYS_MS[attempts - 1] ?? 0),
    error: oneLine(outcome.error),
  });
  if (!settled) return "lost";
  return gaveUp ? "failed" : "retried";
}

/** Errors are shown to admins on one line; a transport's stack or a long reply is cut. */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 500);
}
