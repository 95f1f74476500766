/**
 * Inside one batch a row inserted earlier has no id we can know in advance; with
 * AUTOINCREMENT the newest row is the one with the largest id, and a batch runs alone.
 */

import { sql, type SQL } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { requests, users, webhooks } from "./schema";

export function newestId(table: SQLiteTable): SQL<number> {
  return sql<number>`(select max(id) from ${table})`;
}

/** The id of the request, user or webhook inserted earlier in the same batch. */
export const newRequestId = () => newestId(requests);
export const newUserId = () => newestId(users);
export const newWebhookId = () => newestId(webhooks);
