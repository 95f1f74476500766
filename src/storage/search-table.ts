/**
 * The FTS5 table `request_search` (migrations/0002) as drizzle sees it: only its rowid, the
 * request's id, so that the queue can read matches in rowid order and join the requests. Kept
 * out of schema.ts on purpose: drizzle-kit cannot describe a virtual table and would try to
 * create an ordinary one.
 */

import { integer, sqliteTable } from "drizzle-orm/sqlite-core";

export const requestSearch = sqliteTable("request_search", { rowid: integer("rowid").notNull() });
