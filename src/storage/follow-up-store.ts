/**
 * The tariff-act follow-up's reads and writes: the requests waiting for their act (with when it
 * was asked for and whether this round was reminded), the reminder event, and Cadre's own account.
 */

import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { SYSTEM_ROLE } from "../domain/roles";
import type { Database, Statement } from "./database";
import { eventStatement } from "./event-rows";
import { events, requests, users } from "./schema";

const REMINDER_EVENT = "tariff_act_reminder";
export const SYSTEM_EMAIL = "systeme@cadre.invalid";
export const SYSTEM_NAME = "Cadre (automatique)";

export interface WaitingRow {
  readonly id: number;
  readonly organisationId: number;
  readonly version: number;
  readonly requestedAt: number;
  readonly remindedAt: number | null;
}

/**
 * Requests in tariff_act_requested. The round is the current version: the request_tariff_act
 * event produced it, and a reminder changes no version.
 */
export async function listWaitingForTariffAct(db: Database): Promise<WaitingRow[]> {
  const asked = alias(events, "asked");
  const reminder = alias(events, "reminder");
  return db
    .select({
      id: requests.id,
      organisationId: requests.organisationId,
      version: requests.version,
      requestedAt: asked.createdAt,
      remindedAt: reminder.createdAt,
    })
    .from(requests)
    .innerJoin(
      asked,
      and(
        eq(asked.requestId, requests.id),
        eq(asked.requestVersion, requests.version),
        eq(asked.type, "request_tariff_act"),
      ),
    )
    .leftJoin(
      reminder,
      and(
        eq(reminder.requestId, requests.id),
        eq(reminder.type, REMINDER_EVENT),
        sql`json_extract(${reminder.payload}, '$.round') = ${requests.version}`,
      ),
    )
    .where(eq(requests.state, "tariff_act_requested"))
    .orderBy(requests.id);
}

export interface Reminder {
  readonly requestId: number;
  readonly round: number;
  readonly actorId: number;
  /** Days the request had waited when reminded. */
  readonly days: number;
  /** When the request will be closed without answer, or null when closure is off. */
  readonly closesAt: number | null;
}

/** The reminder event: the unique (request, round) index refuses a second one for the round. */
export function reminderStatements(db: Database, reminder: Reminder, now: number): Statement[] {
  return [
    eventStatement(
      db,
      {
        requestId: reminder.requestId,
        requestVersion: null,
        actorId: reminder.actorId,
        type: REMINDER_EVENT,
        payload: { round: reminder.round, days: reminder.days, closesAt: reminder.closesAt },
      },
      now,
    ),
  ];
}

/** True when `error` is the second reminder of a round, refused by the unique index. */
export function isDuplicateReminder(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message.includes("UNIQUE constraint failed") && message.includes("events_reminder_round_idx")) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

/**
 * Cadre's own account, created on first use: disabled, so no session or token ever works for
 * it, and with its own role, so it is nobody's instructor in the statistics.
 */
export async function systemUserId(db: Database, now: number): Promise<number> {
  await db
    .insert(users)
    .values({ email: SYSTEM_EMAIL, name: SYSTEM_NAME, role: SYSTEM_ROLE, disabled: true, createdAt: now })
    .onConflictDoNothing({ target: users.email });
  const row = await db.select({ id: users.id }).from(users).where(eq(users.email, SYSTEM_EMAIL)).get();
  return row!.id;
}
