/**
 * What backup and restore share: the list of tables to copy (in foreign-key order, parents
 * first), and a copy loop that reads one table in keyset batches and writes each batch as
 * one atomic write. Works with any @libsql/client (file or server) on both sides.
 */

import type { Client, InStatement, InValue, Row, Transaction } from "@libsql/client";

export interface CopiedTable {
  readonly name: string;
  readonly columns: readonly string[];
  readonly hasBlob: boolean;
}

type Reader = Pick<Client | Transaction, "execute">;

// The full-text index is rebuilt from its sources (see rebuildSearchIndex) and the queue's
// counters by their triggers as the requests are copied; drizzle's own
// bookkeeping is compared, not copied: both sides are migrated by this version of Cadre.
const SKIPPED = /^(sqlite_|request_search|queue_counters$|__drizzle_migrations$|_cf_|d1_migrations$)/;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Data tables in an order that satisfies foreign keys when inserted one after the other. */
export async function listTables(reader: Reader): Promise<CopiedTable[]> {
  const names = (await reader.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).rows
    .map((row) => String(row.name))
    .filter((name) => !SKIPPED.test(name));
  const tables = new Map<string, CopiedTable & { parents: string[] }>();
  for (const name of names) {
    const info = (await reader.execute({ sql: "SELECT name, type FROM pragma_table_info(?)", args: [name] })).rows;
    const parents = (
      await reader.execute({ sql: 'SELECT DISTINCT "table" AS parent FROM pragma_foreign_key_list(?)', args: [name] })
    ).rows
      .map((row) => String(row.parent))
      .filter((parent) => parent !== name);
    tables.set(name, {
      name,
      columns: info.map((column) => String(column.name)),
      hasBlob: info.some((column) => String(column.type).toLowerCase() === "blob"),
      parents,
    });
  }
  const ordered: CopiedTable[] = [];
  const placed = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (placed.has(name) || !tables.has(name)) return;
    if (path.includes(name)) throw new Error(`cycle de clés étrangères : ${[...path, name].join(" → ")}`);
    const table = tables.get(name)!;
    for (const parent of table.parents) visit(parent, [...path, name]);
    placed.add(name);
    ordered.push({ name: table.name, columns: table.columns, hasBlob: table.hasBlob });
  };
  for (const name of names) visit(name, []);
  return ordered;
}

/** The migrations a database has received, as drizzle records them (hash order). */
export async function migrationHashes(reader: Reader): Promise<string[]> {
  const exists = await reader.execute(
    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
  );
  if (exists.rows.length === 0) return [];
  const rows = await reader.execute("SELECT hash FROM __drizzle_migrations ORDER BY created_at, id");
  return rows.rows.map((row) => String(row.hash));
}

export async function countRows(reader: Reader, table: string): Promise<number> {
  const result = await reader.execute(`SELECT count(*) AS n FROM ${quote(table)}`);
  return Number(result.rows[0]!.n);
}

// A batch stays well under a libSQL server's request limits: few rows when they hold bytes.
const ROWS_PER_READ = 500;
const ROWS_PER_READ_WITH_BYTES = 8;
const BYTES_PER_WRITE = 4 * 1024 * 1024;

/**
 * Copies one table, keyset-paged by rowid (every table here is a rowid table). Returns the
 * number of rows copied.
 */
export async function copyTable(from: Reader, to: Client, table: CopiedTable): Promise<number> {
  const columns = table.columns.map(quote).join(", ");
  const placeholders = table.columns.map(() => "?").join(", ");
  const insert = `INSERT INTO ${quote(table.name)} (${columns}) VALUES (${placeholders})`;
  const limit = table.hasBlob ? ROWS_PER_READ_WITH_BYTES : ROWS_PER_READ;
  let after = Number.MIN_SAFE_INTEGER;
  let copied = 0;
  let pending: InStatement[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length > 0) await to.batch(pending, "write");
    pending = [];
    pendingBytes = 0;
  };
  for (;;) {
    const page = await from.execute({
      sql: `SELECT rowid AS "__rowid", ${columns} FROM ${quote(table.name)} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      args: [after, limit],
    });
    if (page.rows.length === 0) break;
    for (const row of page.rows) {
      const args = table.columns.map((column) => (row[column] ?? null) as InValue);
      pending.push({ sql: insert, args });
      pendingBytes += sizeOf(row);
      if (pending.length >= ROWS_PER_READ || pendingBytes >= BYTES_PER_WRITE) await flush();
    }
    after = Number(page.rows.at(-1)!.__rowid);
    copied += page.rows.length;
  }
  await flush();
  return copied;
}

function sizeOf(row: Row): number {
  let size = 0;
  for (const value of Object.values(row)) {
    if (value instanceof ArrayBuffer) size += value.byteLength;
    else if (typeof value === "string") size += value.length;
    else size += 8;
  }
  return size;
}

/**
 * Rebuilds the request search index (migration 0002) from the tables it indexes: the same
 * columns the triggers fill, for every request.
 */
export async function rebuildSearchIndex(to: Client): Promise<void> {
  await to.batch(
    [
      "DELETE FROM request_search",
      `INSERT INTO request_search (rowid, number, organisation, siret, documents)
       SELECT r.id, r.id, o.name, o.siret, coalesce((
         SELECT group_concat(t.text, ' ')
         FROM document_texts t JOIN documents d ON d.id = t.document_id
         WHERE d.request_id = r.id
       ), '')
       FROM requests r JOIN organisations o ON o.id = r.organisation_id`,
    ],
    "write",
  );
}
