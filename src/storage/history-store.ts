/** A request's history as people read it: events, decisions and messages with their authors. */

import { asc, desc, eq, inArray, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { HistoryEntry, MessageEntry } from "../domain/request-listings";
import { CLOSED_WITHOUT_ANSWER } from "../domain/statistics";
import type { Database, Statement } from "./database";
import { eventStatement } from "./event-rows";
import { preparedFor } from "./prepared";
import { decisions, events, messages, users } from "./schema";

const requestEvents = preparedFor((db) =>
  db
    .select({
      id: events.id,
      type: events.type,
      actorId: events.actorId,
      fromState: events.fromState,
      toState: events.toState,
      actorName: users.name,
      actorRole: users.role,
      payload: events.payload,
      createdAt: events.createdAt,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(eq(events.requestId, sql.placeholder("requestId")))
    .orderBy(asc(events.createdAt), asc(events.id))
    .prepare(),
);

export async function listEvents(db: Database, requestId: number): Promise<HistoryEntry[]> {
  const rows = await requestEvents(db).all({ requestId });
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }));
}

/** The event that produced the request's current version: who changed it last, and how. */
export async function latestVersionEvent(db: Database, requestId: number): Promise<HistoryEntry | undefined> {
  const all = await listEvents(db, requestId);
  const versionless = new Set(["message", "assigned", "released", "tariff_act_reminder", "outbox_retried"]);
  return all.filter((entry) => !versionless.has(entry.type)).at(-1);
}

const requestMessages = preparedFor((db) =>
  db
    .select({
      id: messages.id,
      body: messages.body,
      authorName: users.name,
      authorRole: users.role,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .innerJoin(users, eq(users.id, messages.authorId))
    .where(eq(messages.requestId, sql.placeholder("requestId")))
    .orderBy(asc(messages.createdAt), asc(messages.id))
    .prepare(),
);

export async function listMessages(db: Database, requestId: number): Promise<MessageEntry[]> {
  return requestMessages(db).all({ requestId });
}

export function messageStatements(
  db: Database,
  message: { requestId: number; authorId: number; body: string },
  now: number,
): Statement[] {
  return [
    db.insert(messages).values({ ...message, createdAt: now }),
    eventStatement(
      db,
      { requestId: message.requestId, requestVersion: null, actorId: message.authorId, type: "message" },
      now,
    ),
  ];
}

const newestDecision = preparedFor((db) =>
  db
    .select({ decision: decisions.decision, motivation: decisions.motivation, createdAt: decisions.createdAt })
    .from(decisions)
    .where(eq(decisions.requestId, sql.placeholder("requestId")))
    .orderBy(desc(decisions.id))
    .limit(1)
    .prepare(),
);

export async function latestDecision(db: Database, requestId: number) {
  return newestDecision(db).get({ requestId });
}

/** An event's type for statistics: Cadre's closures without answer are told apart from refusals. */
export function statisticType(type: SQL | AnyColumn, payload: SQL | AnyColumn): SQL<string> {
  return sql<string>`(case when ${type} = 'reject' and json_extract(${payload}, '$.automatic') = 1 then ${CLOSED_WITHOUT_ANSWER} else ${type} end)`;
}

/** The events statistics read: decisions and submissions only, in time order. */
export async function listStatisticEvents(db: Database) {
  return db
    .select({
      requestId: events.requestId,
      type: statisticType(events.type, events.payload),
      createdAt: events.createdAt,
    })
    .from(events)
    .where(inArray(events.type, ["submit", "accept", "reject", "request_tariff_act"]))
    .orderBy(asc(events.createdAt), asc(events.id));
}
