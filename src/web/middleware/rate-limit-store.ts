/**
 * hono-rate-limiter's Store over our rate_limit_hits table, so the counts are shared by every
 * Node instance on one libSQL server and by every Worker isolate on D1 (an in-memory store
 * would count per instance). Time comes from the app's clock, so tests can move it.
 */

import type { ClientRateLimitInfo, HonoConfigType, Store } from "hono-rate-limiter";
import type { ServiceContext } from "../../services/context";
import { rateLimitCounter, type RateLimitCounter } from "../../services/rate-limit-counter";
import type { AppEnv } from "../app-env";

export class DatabaseStore implements Store<AppEnv> {
  #windowMs = 60_000;
  readonly #counter: RateLimitCounter;
  readonly #now: () => number;
  readonly #prefix: string;

  constructor(db: ServiceContext["db"], now: () => number, prefix: string) {
    this.#counter = rateLimitCounter(db);
    this.#now = now;
    this.#prefix = prefix;
  }

  init(options: HonoConfigType<AppEnv>): void {
    this.#windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.#counter.find(this.#prefix + key, this.#now());
    return row && this.#info(row.hits, row.resetAt);
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const row = await this.#counter.increment(this.#prefix + key, this.#now(), this.#windowMs);
    return this.#info(row.hits, row.resetAt);
  }

  async decrement(key: string): Promise<void> {
    await this.#counter.decrement(this.#prefix + key);
  }

  async resetKey(key: string): Promise<void> {
    await this.#counter.reset(this.#prefix + key);
  }

  // The library turns resetTime into seconds against the wall clock (Date.now()); expressing
  // "ends in N ms on our clock" on the wall clock keeps Retry-After right when the clock is not
  // the wall clock (tests). In production both are the same.
  #info(hits: number, resetAt: number): ClientRateLimitInfo {
    return { totalHits: hits, resetTime: new Date(Date.now() + (resetAt - this.#now())) };
  }
}
