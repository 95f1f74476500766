/**
 * The one place that writes event rows: every service batch that changes a request (or, for
 * admins, an account, a token, a template or a webhook) adds its event through these, so the
 * log's shape is decided here and nowhere else. Both tables are append-only (migrations).
 */

import type { SQL } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { adminEvents, events } from "./schema";

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

function isSql(value: Record<string, unknown> | SQL): value is SQL {
  return typeof (value as SQL).getSQL === "function";
}
