/**
 * Rate-limit counters in the database: fixed windows, one row per key. Each change is a single
 * statement (an UPSERT … RETURNING), so concurrent instances never lose a hit, even on D1,
 * which has no interactive transactions.
 */

import { eq, lte, sql } from "drizzle-orm";
import type { Database } from "./database";
import { rateLimitHits } from "./schema";

export interface HitCount {
  readonly hits: number;
  readonly resetAt: number;
}

/** Counts one hit; a window that has ended starts again at 1. */
export async function incrementHits(db: Database, key: string, now: number, windowMs: number): Promise<HitCount> {
  const expired = sql`${rateLimitHits.resetAt} <= ${now}`;
  const row = await db
    .insert(rateLimitHits)
    .values({ key, hits: 1, resetAt: now + windowMs })
    .onConflictDoUpdate({
      target: rateLimitHits.key,
      // Both expressions read the row as it was before the update.
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimitHits.hits} + 1 end`,
        resetAt: sql`case when ${expired} then ${now + windowMs} else ${rateLimitHits.resetAt} end`,
      },
    })
    .returning({ hits: rateLimitHits.hits, resetAt: rateLimitHits.resetAt })
    .get();
  return row!;
}

export async function findHits(db: Database, key: string, now: number): Promise<HitCount | undefined> {
  const row = await db
    .select({ hits: rateLimitHits.hits, resetAt: rateLimitHits.resetAt })
    .from(rateLimitHits)
    .where(eq(rateLimitHits.key, key))
    .get();
  return row && row.resetAt > now ? row : undefined;
}

/** Gives one hit back (never below zero, never touching the window's end). */
export async function decrementHits(db: Database, key: string): Promise<void> {
  await db
    .update(rateLimitHits)
    .set({ hits: sql`max(${rateLimitHits.hits} - 1, 0)` })
    .where(eq(rateLimitHits.key, key));
}

export async function deleteHits(db: Database, key: string): Promise<void> {
  await db.delete(rateLimitHits).where(eq(rateLimitHits.key, key));
}

/** Rows of ended windows are useless: the periodic job removes them so the table stays small. */
export async function purgeExpiredHits(db: Database, now: number): Promise<void> {
  await db.delete(rateLimitHits).where(lte(rateLimitHits.resetAt, now));
}
