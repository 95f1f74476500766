/**
 * `cadre backup --out FILE`: copies every table of the running database (embedded file or
 * libSQL server) into a new SQLite file with Cadre's schema. Documents' bytes included.
 *
 * Consistency: every table is read inside ONE read transaction, i.e. one SQLite snapshot
 * (WAL): writes that land during the backup are either entirely in it (committed before the
 * snapshot) or entirely absent, across all tables. The running instances keep writing; they
 * are never blocked. The file is written as FILE.partial and renamed at the end, so a failed
 * backup never leaves a file that looks complete.
 */

import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { Client } from "@libsql/client";
import { conflict, invalid } from "../domain/errors";
import { migrateLibsql, openLibsql } from "../storage/libsql";
import { copyTable, listTables, migrationHashes } from "../storage/table-copy";

export interface BackupReport {
  readonly file: string;
  readonly tables: Readonly<Record<string, number>>;
}

export async function backupDatabase(source: Client, out: string): Promise<BackupReport> {
  const file = resolve(out);
  if (existsSync(file)) throw invalid(`Le fichier ${file} existe déjà : choisissez un autre nom de sauvegarde.`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const target = openLibsql({ url: `file:${partial}` });
  let done = false;
  try {
    await migrateLibsql(target);
    const expected = await migrationHashes(target.client);
    const snapshot = await source.transaction("read");
    try {
      if ((await migrationHashes(snapshot)).join() !== expected.join()) {
        throw conflict(
          "La base à sauvegarder n'a pas les migrations de cette version de Cadre : démarrez d'abord Cadre de cette version sur cette base.",
        );
      }
      const tables: Record<string, number> = {};
      for (const table of await listTables(snapshot))
        tables[table.name] = await copyTable(snapshot, target.client, table);
      // One self-contained file: no -wal beside it.
      await target.client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      await target.client.execute("PRAGMA journal_mode = DELETE");
      done = true;
      return { file, tables };
    } finally {
      snapshot.close();
    }
  } finally {
    target.client.close();
    if (done) renameSync(partial, file);
    else for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
  }
}
