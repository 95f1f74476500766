/**
 * Sending what the outbox holds, here. Transports are given by the runtime (SMTP on Node, none
 * on Workers, where e-mails wait for a Node dispatcher: `cadre send-remote`). The claim, retry
 * and give-up rules are in outbox-claims.ts, shared with that remote dispatcher.
 */

import type { Database } from "../storage/database";
import { dueOutboxItems, type OutboxKind } from "../storage/outbox-store";
import { claimItem, oneLine, settleClaim } from "./outbox-claims";

export { RETRY_DELAYS_MS } from "./outbox-claims";

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
  // Only what this runtime can send: the rest waits for another dispatcher, without filling the page.
  const kinds: OutboxKind[] = [];
  if (transports.email) kinds.push("email");
  if (transports.webhook) kinds.push("webhook");
  if (kinds.length === 0) return report;
  for (const item of await dueOutboxItems(db, now, limit, kinds)) {
    const send =
      item.kind === "email" && transports.email
        ? () => transports.email!({ to: item.recipient, subject: item.subject, text: item.body })
        : item.kind === "webhook" && transports.webhook && item.secret
          ? () => transports.webhook!({ url: item.recipient, body: item.body, secret: item.secret! })
          : null;
    if (!send) continue; // A webhook whose hook is gone: nothing can sign it.
    // Claimed one at a time, just before sending: a slow transport never outlives its lease.
    const claim = await claimItem(db, item, now);
    if (!claim) continue; // Another dispatcher has it.
    let outcome: Parameters<typeof settleClaim>[2];
    try {
      await send();
      outcome = { sent: true };
    } catch (error) {
      outcome = { sent: false, error: oneLine(error) };
    }
    const settled = await settleClaim(db, claim.hold, outcome, now);
    if (settled === "sent") report.sent++;
    else if (settled === "retried") report.retried++;
    else if (settled === "failed") report.failed++;
  }
  return report;
}
