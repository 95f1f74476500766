/**
 * The libSQL adapter (Node): an embedded file by default, or a libSQL server over HTTP.
 * Migrations come from migrations/, the same files wrangler applies to D1.
 */

import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { Database } from "./database";
import { schema } from "./schema";

export interface LibsqlOptions {
  /** "file:data/cadre.db", ":memory:", or "http(s)://host" for a libSQL server. */
  readonly url: string;
  readonly authToken?: string;
}

export interface LibsqlDatabase {
  readonly db: Database;
  readonly client: Client;
}

/** DATABASE_URL (the embedded file data/cadre.db by default) and DATABASE_AUTH_TOKEN. */
export function libsqlOptionsFrom(env: Record<string, string | undefined>): LibsqlOptions {
  return { url: env.DATABASE_URL ?? "file:data/cadre.db", authToken: env.DATABASE_AUTH_TOKEN };
}

const MIGRATIONS_FOLDER = resolve(import.meta.dirname, "../../migrations");

export function openLibsql({ url, authToken }: LibsqlOptions): LibsqlDatabase {
  if (url.startsWith("file:") && !url.includes(":memory:")) {
    mkdirSync(dirname(url.slice("file:".length)), { recursive: true });
  }
  // Every pooled connection waits up to 5 s for another writer (several processes on one file).
  const client = createClient({ url, authToken, timeout: 5_000 });
  // drizzle sends batches as BEGIN DEFERRED: with another process writing to the same file,
  // upgrading that read to a write can fail at once (SQLITE_BUSY, no waiting). BEGIN IMMEDIATE
  // takes the write lock first, where the busy timeout applies. Reads are not batched.
  const batch = client.batch.bind(client);
  client.batch = (statements, mode = "write") => batch(statements, mode);
  const db = drizzle(client, { schema }) as unknown as Database;
  return { db, client };
}

async function prepareLibsql(client: Client): Promise<void> {
  // D1 and sqld enforce foreign keys on every connection by default (checked: sqld 0.24 answers
  // PRAGMA foreign_keys = 1 on a fresh HTTP stream); the embedded engine needs asking, per
  // connection. Harmless to repeat over HTTP.
  await client.execute("PRAGMA foreign_keys = ON");
  // Only a local file takes these; a server (protocol "http", "ws") refuses journal PRAGMAs.
  if (client.protocol === "file") {
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA busy_timeout = 5000");
  }
}

export async function migrateLibsql(handle: LibsqlDatabase): Promise<void> {
  await prepareLibsql(handle.client);
  await migrate(drizzle(handle.client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
}
