/** The audit chain's reads and writes: events in id order, their seals, the head of the chain. */

import { asc, count, desc, eq, gt, lte } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { eventSeals, events } from "./schema";

export type EventRow = typeof events.$inferSelect;
export type SealRow = typeof eventSeals.$inferSelect;

export async function lastSeal(db: Database): Promise<SealRow | undefined> {
  return db.select().from(eventSeals).orderBy(desc(eventSeals.eventId)).limit(1).get();
}

export async function sealOf(db: Database, eventId: number): Promise<SealRow | undefined> {
  return db.select().from(eventSeals).where(eq(eventSeals.eventId, eventId)).get();
}

export async function allSeals(db: Database): Promise<SealRow[]> {
  return db.select().from(eventSeals);
}

/** How many events the chain covers up to `eventId` included. */
export async function sealCountUpTo(db: Database, eventId: number): Promise<number> {
  const [row] = await db.select({ value: count() }).from(eventSeals).where(lte(eventSeals.eventId, eventId));
  return row?.value ?? 0;
}

export async function eventsAfter(db: Database, after: number, limit: number): Promise<EventRow[]> {
  return db.select().from(events).where(gt(events.id, after)).orderBy(asc(events.id)).limit(limit);
}

export function insertSeal(db: Database, seal: SealRow): Statement {
  return db.insert(eventSeals).values(seal);
}
