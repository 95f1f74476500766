/**
 * The database as every store and service sees it: drizzle's async SQLite base plus batch(),
 * which both the libSQL and D1 drivers provide. Atomic writes are batches, never interactive
 * transactions (D1 has none).
 */

import { sql } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { Schema } from "./schema";

export type Statement = BatchItem<"sqlite">;

export type Database = BaseSQLiteDatabase<"async", unknown, Schema> & {
  batch<U extends Statement, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<unknown[]>;
};

/** Runs statements as one atomic unit: all of them or none. */
export async function runAtomically(db: Database, statements: readonly Statement[]): Promise<unknown[]> {
  if (statements.length === 0) return [];
  return db.batch(statements as unknown as [Statement, ...Statement[]]);
}

/**
 * True when the error is a UNIQUE violation on `table`. Drivers word and wrap it differently
 * (LibsqlError, D1_ERROR, DrizzleQueryError with a cause), so look through the whole chain.
 */
export function isUniqueViolation(error: unknown, table: string): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (message.includes("UNIQUE constraint failed") && message.includes(`${table}.`)) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

/** True when the database answers a trivial query (the health check). */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.run(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
