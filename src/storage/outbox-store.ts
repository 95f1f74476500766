/** The outbox: statements to enqueue with a change, and the dispatcher's reads and writes. */

import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { preparedFor } from "./prepared";
import { organisations, outbox, users, webhooks } from "./schema";

export type OutboxRow = typeof outbox.$inferSelect;
export type WebhookRow = typeof webhooks.$inferSelect;

/** Why an item leaves: the decision e-mails are the ones the collectivité sees the state of. */
type OutboxTopic = "decision" | "transition" | "reminder" | "message";

export interface NewOutboxItem {
  readonly kind: "email" | "webhook";
  readonly recipient: string;
  readonly subject?: string;
  readonly body: string;
  readonly webhookId?: number;
  readonly requestId?: number;
  readonly topic?: OutboxTopic;
}

export function outboxStatements(db: Database, items: readonly NewOutboxItem[], now: number): Statement[] {
  return items.map((item) =>
    db.insert(outbox).values({
      ...item,
      subject: item.subject ?? "",
      webhookId: item.webhookId ?? null,
      requestId: item.requestId ?? null,
      topic: item.topic ?? null,
      nextAttemptAt: now,
      createdAt: now,
    }),
  );
}

export type OutboxKind = NewOutboxItem["kind"];

/**
 * Pending items whose attempt is due, oldest first; only the kinds the caller can send, so that
 * items it must leave to another dispatcher (e-mails on a Worker) never fill its page.
 */
export async function dueOutboxItems(
  db: Database,
  now: number,
  limit: number,
  kinds: readonly OutboxKind[] = ["email", "webhook"],
): Promise<(OutboxRow & { secret: string | null })[]> {
  const rows = await db
    .select({ item: outbox, secret: webhooks.secret })
    .from(outbox)
    .leftJoin(webhooks, eq(webhooks.id, outbox.webhookId))
    .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now), inArray(outbox.kind, [...kinds])))
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit);
  return rows.map((row) => ({ ...row.item, secret: row.secret }));
}

/**
 * Takes an item for one dispatcher: moves its next attempt `leaseMs` ahead, only if nobody
 * moved it since it was read. Several Node instances (and a Worker) dispatch from the same
 * table; only the one whose update lands sends, so an e-mail never leaves twice. A dispatcher
 * that dies mid-send leaves the item to be retried when the lease ends.
 */
export async function claimOutboxItem(db: Database, item: OutboxRow, until: number): Promise<boolean> {
  const claimed = await db
    .update(outbox)
    .set({ nextAttemptAt: until })
    .where(and(eq(outbox.id, item.id), eq(outbox.status, "pending"), eq(outbox.nextAttemptAt, item.nextAttemptAt)))
    .returning({ id: outbox.id });
  return claimed.length === 1;
}

export async function findOutboxItem(db: Database, id: number): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

/** Who holds an item: its lease end (set by the claim) and the attempts counted when claimed. */
export interface OutboxHold {
  readonly id: number;
  readonly until: number;
  readonly attempts: number;
}

/**
 * Writes the outcome of an attempt, only if the item is still as its dispatcher claimed it: a
 * dispatcher whose lease ran out and was taken over, or a result sent twice, changes nothing.
 */
export async function settleOutboxItem(
  db: Database,
  hold: OutboxHold,
  outcome:
    | { status: "sent"; sentAt: number }
    | { status: "pending" | "failed"; attempts: number; nextAttemptAt: number; error: string },
): Promise<boolean> {
  const values =
    outcome.status === "sent"
      ? { status: "sent", sentAt: outcome.sentAt, lastError: null }
      : {
          status: outcome.status,
          attempts: outcome.attempts,
          nextAttemptAt: outcome.nextAttemptAt,
          lastError: outcome.error,
        };
  const settled = await db
    .update(outbox)
    .set(values)
    .where(
      and(
        eq(outbox.id, hold.id),
        eq(outbox.status, "pending"),
        eq(outbox.nextAttemptAt, hold.until),
        eq(outbox.attempts, hold.attempts),
      ),
    )
    .returning({ id: outbox.id });
  return settled.length === 1;
}

/** Everyone who files for the organisation hears of its requests' decisions. */
// Both read by every decision, before its batch.
const applicantEmails = preparedFor((db) =>
  db
    .select({ email: users.email })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(users.organisationId, sql.placeholder("organisationId")),
        eq(users.role, "applicant"),
        eq(users.disabled, false),
      ),
    )
    .prepare(),
);
const webhooksActive = preparedFor((db) => db.select().from(webhooks).where(eq(webhooks.active, true)).prepare());

export async function organisationEmails(db: Database, organisationId: number): Promise<string[]> {
  const rows = await applicantEmails(db).all({ organisationId });
  return rows.map((row) => row.email);
}

/**
 * Who hears of a collectivité's message: the instructor who took the request, or, while nobody
 * has, every active instructor, so that it does not wait unread in the queue.
 */
export async function instructorEmails(db: Database, assignedId: number | null): Promise<string[]> {
  const active = and(eq(users.role, "instructor"), eq(users.disabled, false));
  if (assignedId !== null) {
    const [assigned] = await db
      .select({ email: users.email })
      .from(users)
      .where(and(active, eq(users.id, assignedId)));
    if (assigned) return [assigned.email];
  }
  const rows = await db.select({ email: users.email }).from(users).where(active);
  return rows.map((row) => row.email);
}

export async function activeWebhooks(db: Database): Promise<WebhookRow[]> {
  return webhooksActive(db).all();
}

export async function insertWebhook(
  db: Database,
  values: { url: string; secret: string },
  now: number,
): Promise<WebhookRow> {
  const [row] = await db
    .insert(webhooks)
    .values({ ...values, createdAt: now })
    .returning();
  return row!;
}

export async function listWebhooks(db: Database): Promise<WebhookRow[]> {
  return db.select().from(webhooks).orderBy(asc(webhooks.id));
}

export async function findWebhook(db: Database, id: number): Promise<WebhookRow | undefined> {
  return db.select().from(webhooks).where(eq(webhooks.id, id)).get();
}

export function webhookInsertStatement(db: Database, values: { url: string; secret: string }, now: number): Statement {
  return db.insert(webhooks).values({ ...values, createdAt: now });
}

export function webhookDeactivateStatement(db: Database, id: number): Statement {
  return db.update(webhooks).set({ active: false }).where(eq(webhooks.id, id));
}
