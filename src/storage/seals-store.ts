/** The audit chain's reads and writes: events in id order, their seals, and new seals. */

import { asc, desc, gt } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { eventSeals, events } from "./schema";

export type EventRow = typeof events.$inferSelect;
type SealRow = typeof eventSeals.$inferSelect;

export function lastSeal(db: Database): Promise<SealRow | undefined> {
  return db.select().from(eventSeals).orderBy(desc(eventSeals.eventId)).limit(1).get();
}

/** Up to `limit` events after `afterId`, in id order (the chain's order). */
export function eventsAfter(db: Database, afterId: number, limit: number): Promise<EventRow[]> {
  return db.select().from(events).where(gt(events.id, afterId)).orderBy(asc(events.id)).limit(limit);
}

export function listSeals(db: Database): Promise<SealRow[]> {
  return db.select().from(eventSeals);
}

export function sealStatement(db: Database, seal: SealRow): Statement {
  return db.insert(eventSeals).values(seal);
}
