/**
 * The one place that writes event rows: every service batch that changes a request (or, for
 * admins, an account, a token, a template or a webhook; or an organisation's name) adds its
 * event through these, so the
 * log's shape is decided here and nowhere else. Both tables are append-only (migrations).
 */

import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { adminEvents, events, organisationEvents, organisations, requests } from "./schema";

export interface EventRow {
  readonly requestId: number | SQL;
  /** Null for events that change no version (messages, assignment, documents). */
  readonly requestVersion: number | null;
  readonly actorId: number | null;
  readonly type: string;
  readonly fromState?: string | null;
  readonly toState?: string | null;
  readonly payload?: Record<string, unknown> | SQL;
}

export function eventStatement(db: Database, row: EventRow, now: number): Statement {
  const { payload, ...rest } = row;
  return db.insert(events).values({
    ...rest,
    fromState: rest.fromState ?? null,
    toState: rest.toState ?? null,
    ...(payload === undefined ? {} : { payload: isSql(payload) ? payload : JSON.stringify(payload) }),
    createdAt: now,
  });
}

/**
 * An event that changes no version, written only if the request matches `condition` once the
 * batch's earlier statements have run (INSERT … SELECT): a change that may not have happened
 * (a lost race) leaves no event.
 */
export function eventWhenStatement(
  db: Database,
  row: { requestId: number; actorId: number; type: string; payload: Record<string, unknown> },
  condition: SQL,
  now: number,
): Statement {
  return db.insert(events).select(
    db
      .select({
        id: sql<number>`null`.as("id"),
        requestId: requests.id,
        requestVersion: sql<number | null>`null`.as("request_version"),
        actorId: sql<number>`${row.actorId}`.as("actor_id"),
        type: sql<string>`${row.type}`.as("type"),
        fromState: sql<string | null>`null`.as("from_state"),
        toState: sql<string | null>`null`.as("to_state"),
        payload: sql<string>`${JSON.stringify(row.payload)}`.as("payload"),
        createdAt: sql<number>`${now}`.as("created_at"),
      })
      .from(requests)
      .where(and(eq(requests.id, row.requestId), condition)),
  );
}

export interface AdminEventRow {
  readonly actorId: number;
  readonly type: string;
  readonly subjectType: "user" | "template" | "webhook";
  readonly subjectId: number | SQL;
  readonly payload?: Record<string, unknown>;
}

export function adminEventStatement(db: Database, row: AdminEventRow, now: number): Statement {
  return db.insert(adminEvents).values({
    actorId: row.actorId,
    type: row.type,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    payload: JSON.stringify(row.payload ?? {}),
    createdAt: now,
  });
}

/**
 * An organisation's event (its naming, with the values before and after), written only if the
 * organisation holds `after` once the batch's earlier statements have run: a naming lost to
 * someone else's leaves no event.
 */
export function organisationEventWhenStatement(
  db: Database,
  row: {
    organisationId: number;
    actorId: number;
    type: string;
    payload: Record<string, unknown>;
    after: { name: string; kind: string; departement: string };
  },
  now: number,
): Statement {
  return db.insert(organisationEvents).select(
    db
      .select({
        id: sql<number>`null`.as("id"),
        organisationId: organisations.id,
        actorId: sql<number>`${row.actorId}`.as("actor_id"),
        type: sql<string>`${row.type}`.as("type"),
        payload: sql<string>`${JSON.stringify(row.payload)}`.as("payload"),
        createdAt: sql<number>`${now}`.as("created_at"),
      })
      .from(organisations)
      .where(
        and(
          eq(organisations.id, row.organisationId),
          eq(organisations.name, row.after.name),
          eq(organisations.kind, row.after.kind),
          eq(organisations.departement, row.after.departement),
        ),
      ),
  );
}

function isSql(value: Record<string, unknown> | SQL): value is SQL {
  return typeof (value as SQL).getSQL === "function";
}
