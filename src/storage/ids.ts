/**
 * Inside one batch a row inserted earlier has no id we can know in advance; with
 * AUTOINCREMENT the newest row is the one with the largest id, and a batch runs alone.
 */

import { sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";

export function newestId(table: SQLiteTable): SQL<number> {
  return sql<number>`(select max(id) from ${table})`;
}
