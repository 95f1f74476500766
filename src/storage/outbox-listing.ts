/**
 * The outbox as people read it: the admins' page of outgoing e-mails and webhook deliveries,
 * the statements of an admin's retry, and what the collectivité sees of its decision e-mails.
 */

import { and, desc, eq, sql } from "drizzle-orm";
import type { DecisionEmailState, OutboxListing, OutboxStatus } from "../domain/outbox-status";
import type { Database, Statement } from "./database";
import { preparedFor } from "./prepared";
import { events, outbox } from "./schema";

export type { DecisionEmailState, OutboxListing, OutboxStatus } from "../domain/outbox-status";

/** Newest first; failed items are the ones an admin looks for, so they can be shown alone. */
export async function listOutbox(
  db: Database,
  filter: { status?: OutboxStatus; limit: number; offset: number },
): Promise<{ items: OutboxListing[]; total: number }> {
  const where = filter.status ? eq(outbox.status, filter.status) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select({
        id: outbox.id,
        kind: outbox.kind,
        recipient: outbox.recipient,
        subject: outbox.subject,
        requestId: outbox.requestId,
        topic: outbox.topic,
        status: outbox.status,
        attempts: outbox.attempts,
        nextAttemptAt: outbox.nextAttemptAt,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)` })
      .from(outbox)
      .where(where),
  ]);
  return { items, total: Number(count?.total ?? 0) };
}

/**
 * A failed item back in the queue, due now, with its attempts counted afresh, and the admin's
 * event on the request's history. Both statements only act on an item still failed: the event
 * is written first (INSERT … SELECT), so a retry that lost to another leaves neither.
 */
export function retryStatements(db: Database, retry: { id: number; actorId: number }, now: number): Statement[] {
  const stillFailed = and(eq(outbox.id, retry.id), eq(outbox.status, "failed"));
  return [
    db.insert(events).select(
      db
        .select({
          id: sql<number>`null`.as("id"),
          requestId: outbox.requestId,
          requestVersion: sql<number | null>`null`.as("request_version"),
          actorId: sql<number>`${retry.actorId}`.as("actor_id"),
          type: sql<string>`'outbox_retried'`.as("type"),
          fromState: sql<string | null>`null`.as("from_state"),
          toState: sql<string | null>`null`.as("to_state"),
          payload:
            sql<string>`json_object('outboxId', ${outbox.id}, 'kind', ${outbox.kind}, 'topic', ${outbox.topic})`.as(
              "payload",
            ),
          createdAt: sql<number>`${now}`.as("created_at"),
        })
        .from(outbox)
        .where(stillFailed),
    ),
    db.update(outbox).set({ status: "pending", attempts: 0, nextAttemptAt: now, lastError: null }).where(stillFailed),
  ];
}

/**
 * The e-mails of the request's latest decision (written in the decision's batch, so with its
 * time): how many went out, wait, or failed for good. Undefined when none was written.
 */
// The latest decision's e-mails (they share its instant) per status, in one statement: read on
// every request page.
const latestDecisionEmails = preparedFor((db) => {
  const decisionEmails = and(
    eq(outbox.requestId, sql.placeholder("requestId")),
    eq(outbox.topic, "decision"),
    eq(outbox.kind, "email"),
  );
  return db
    .select({ createdAt: outbox.createdAt, status: outbox.status, count: sql<number>`count(*)` })
    .from(outbox)
    .where(
      and(
        decisionEmails,
        eq(outbox.createdAt, sql`(select max(${outbox.createdAt}) from ${outbox} where ${decisionEmails})`),
      ),
    )
    .groupBy(outbox.status)
    .prepare();
});

export async function decisionEmailState(db: Database, requestId: number): Promise<DecisionEmailState | undefined> {
  const rows = await latestDecisionEmails(db).all({ requestId });
  if (rows.length === 0) return undefined;
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { decidedAt: rows[0]!.createdAt, sent: count("sent"), pending: count("pending"), failed: count("failed") };
}
