/**
 * `cadre restore --from FILE`: writes a backup (see backup-database.ts) into the database
 * DATABASE_URL names, which must be empty: a restore never mixes two histories. Tables go in
 * foreign-key order, in batches; ids are kept, so the event seal chain verifies as before;
 * the search index is rebuilt from the restored rows.
 *
 * A restore that fails midway leaves the target partly filled: empty it (or take a new one)
 * before trying again — the emptiness check will say so.
 */

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { createClient } from "@libsql/client";
import { conflict, invalid } from "../domain/errors";
import { migrateLibsql, type LibsqlDatabase } from "../storage/libsql";
import { copyTable, countRows, listTables, migrationHashes, rebuildSearchIndex } from "../storage/table-copy";

export interface RestoreReport {
  readonly tables: Readonly<Record<string, number>>;
}

export async function restoreDatabase(from: string, target: LibsqlDatabase): Promise<RestoreReport> {
  const file = resolve(from);
  if (!existsSync(file)) throw invalid(`La sauvegarde ${file} est introuvable.`);
  const backup = createClient({ url: `file:${file}` });
  try {
    const hashes = await migrationHashes(backup).catch(() => []);
    if (hashes.length === 0) throw invalid(`Le fichier ${file} n'est pas une sauvegarde de Cadre.`);
    await migrateLibsql(target);
    if (hashes.join() !== (await migrationHashes(target.client)).join()) {
      throw conflict(
        "Cette sauvegarde vient d'une autre version de Cadre (migrations différentes) : restaurez-la avec la version qui l'a faite.",
      );
    }
    const tables = await listTables(backup);
    for (const table of tables) {
      const rows = await countRows(target.client, table.name);
      if (rows > 0) {
        throw conflict(
          `La base cible n'est pas vide (table ${table.name} : ${rows} ligne(s)) : la restauration se fait dans une base neuve, sans données.`,
        );
      }
    }
    const restored: Record<string, number> = {};
    for (const table of tables) restored[table.name] = await copyTable(backup, target.client, table);
    await rebuildSearchIndex(target.client);
    return { tables: restored };
  } finally {
    backup.close();
  }
}
