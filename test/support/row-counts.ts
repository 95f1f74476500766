/**
 * How many rows each named table holds: taken before and after a request, it shows what the
 * request wrote (a refused one must leave every count as it was).
 */

import { count } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../../src/storage/database";

export async function rowCounts<Name extends string>(
  db: Database,
  tables: Readonly<Record<Name, SQLiteTable>>,
): Promise<Record<Name, number>> {
  const counts = {} as Record<Name, number>;
  for (const name of Object.keys(tables) as Name[]) {
    counts[name] = (await db.select({ n: count() }).from(tables[name]))[0]!.n;
  }
  return counts;
}
