/**
 * The rate limiter's counters over the database (fixed windows, one row per key), so that
 * every Node instance on one libSQL server and every Worker isolate on D1 count the same
 * attempts. The web layer's hono-rate-limiter Store adapts this to the library.
 */

import type { Database } from "../storage/database";
import { decrementHits, deleteHits, findHits, incrementHits, type HitCount } from "../storage/rate-limit-store";

export interface RateLimitCounter {
  find(key: string, now: number): Promise<HitCount | undefined>;
  increment(key: string, now: number, windowMs: number): Promise<HitCount>;
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export function rateLimitCounter(db: Database): RateLimitCounter {
  return {
    find: (key, now) => findHits(db, key, now),
    increment: (key, now, windowMs) => incrementHits(db, key, now, windowMs),
    decrement: (key) => decrementHits(db, key),
    reset: (key) => deleteHits(db, key),
  };
}
