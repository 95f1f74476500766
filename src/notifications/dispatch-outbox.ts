/**
 * Sending what the outbox holds. A transport that fails leaves the item pending with a later
 * attempt (1 min, 5 min, 30 min, 2 h, 12 h), and after the last one it is marked failed with
 * its error, for an admin to see. Transports are given by the runtime (SMTP on Node, none on
 * Workers, where e-mails wait for a Node dispatcher).
 */

import type { Database } from "../storage/database";
import { claimOutboxItem, dueOutboxItems, markFailedAttempt, markSent } from "../storage/outbox-store";

export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface WebhookDelivery {
  readonly url: string;
  readonly body: string;
  readonly secret: string;
}

export interface Transports {
  readonly email?: (message: EmailMessage) => Promise<void>;
  readonly webhook?: (delivery: WebhookDelivery) => Promise<void>;
}

/** How long a claimed item stays with its dispatcher before another may retry it. */
export const CLAIM_LEASE_MS = 10 * 60_000;

export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];

export interface DispatchReport {
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

export async function dispatchOutbox(
  db: Database,
  transports: Transports,
  now: number,
  limit = 50,
): Promise<DispatchReport> {
  const report = { sent: 0, retried: 0, failed: 0 };
  for (const item of await dueOutboxItems(db, now, limit)) {
    const send =
      item.kind === "email" && transports.email
        ? () => transports.email!({ to: item.recipient, subject: item.subject, text: item.body })
        : item.kind === "webhook" && transports.webhook && item.secret
          ? () => transports.webhook!({ url: item.recipient, body: item.body, secret: item.secret! })
          : null;
    if (!send) continue; // This runtime cannot send it: another dispatcher will.
    if (!(await claimOutboxItem(db, item, now + CLAIM_LEASE_MS))) continue; // Another dispatcher has it.
    try {
      await send();
      await markSent(db, item.id, now);
      report.sent++;
    } catch (error) {
      const attempts = item.attempts + 1;
      const gaveUp = attempts > RETRY_DELAYS_MS.length;
      await markFailedAttempt(db, item.id, {
        attempts,
        gaveUp,
        nextAttemptAt: now + (RETRY_DELAYS_MS[attempts - 1] ?? 0),
        error: (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 500),
      });
      if (gaveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
