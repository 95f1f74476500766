/**
 * Backup and restore on real servers: a Node instance with the demo on sqld keeps running and
 * taking writes while `backupDatabase` reads it; the backup restores into a fresh sqld with
 * every row identical (documents' bytes checked by SHA-256), the writes of the backup window
 * either wholly in or wholly out, the event chain verifying, search rebuilt, and a new Node
 * instance on the restored database answering the same API token. Also: an embedded file as
 * the source, and the refusal to restore into a non-empty database.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startNodeServer } from "../../src/entry/node";
import { sha256Hex } from "../../src/domain/digest";
import { backupDatabase } from "../../src/entry/backup-database";
import { createApiToken } from "../../src/services/create-api-token";
import { readAuditKeys } from "../../src/config";
import { fileCheckpointStore } from "../../src/entry/checkpoint-file";
import { sealEvents } from "../../src/services/seal-events";
import { verifyEventChain } from "../../src/services/verify-event-chain";
import { restoreDatabase } from "../../src/entry/restore-database";
import { runAtomically } from "../../src/storage/database";
import { messageStatements } from "../../src/storage/history-store";
import { migrateLibsql, openLibsql, type LibsqlDatabase } from "../../src/storage/libsql";
import { listTables } from "../../src/storage/table-copy";
import { startSqld, type SqldServer } from "../support/sqld";
import { checkResponse } from "../support/openapi-validator";

const env = (url: string) => ({
  DATABASE_URL: url,
  PORT: "0",
  HOST: "127.0.0.1",
  CADRE_ENV: "test",
  CADRE_DEMO: "1",
  SESSION_SECRET: "backup-restore-secret-backup-restore-0123",
  OUTBOX_INTERVAL_MS: "3600000",
});

type Rows = Map<number, Record<string, unknown>>;

/** Every row of a table by rowid, values made comparable (bytes as hex). */
async function tableRows(client: Client, table: string): Promise<Rows> {
  const result = await client.execute(`SELECT rowid AS "__rowid", * FROM "${table}" ORDER BY rowid`);
  const rows: Rows = new Map();
  for (const row of result.rows) {
    const values: Record<string, unknown> = {};
    for (const column of result.columns) {
      if (column === "__rowid") continue;
      const value = row[column];
      values[column] = value instanceof ArrayBuffer ? Buffer.from(value).toString("hex") : value;
    }
    rows.set(Number(row.__rowid), values);
  }
  return rows;
}

async function snapshot(client: Client): Promise<Map<string, Rows>> {
  const tables = new Map<string, Rows>();
  for (const table of await listTables(client)) tables.set(table.name, await tableRows(client, table.name));
  return tables;
}

/** Each document's bytes, put back together from its chunks, match its recorded digest and size. */
async function expectDocumentBytesIntact(client: Client): Promise<number> {
  const documents = await client.execute("SELECT id, sha256, size FROM documents WHERE purged_at IS NULL");
  for (const document of documents.rows) {
    const chunks = await client.execute({
      sql: "SELECT bytes FROM document_chunks WHERE document_id = ? ORDER BY seq",
      args: [Number(document.id)],
    });
    const bytes = Buffer.concat(chunks.rows.map((chunk) => Buffer.from(chunk.bytes as ArrayBuffer)));
    expect(bytes.byteLength).toBe(Number(document.size));
    expect(await sha256Hex(new Uint8Array(bytes))).toBe(document.sha256);
  }
  return documents.rows.length;
}

describe("backup and restore", async () => {
  const binary = inject("sqldBinary");
  const root = inject("sqldRoot");
  const servers: SqldServer[] = [];
  const handles: LibsqlDatabase[] = [];
  const sqld = async () => {
    const server = await startSqld(binary, root);
    servers.push(server);
    const handle = openLibsql({ url: server.url });
    handles.push(handle);
    return { server, handle };
  };
  afterAll(async () => {
    for (const handle of handles) handle.client.close();
    for (const server of servers) await server.stop();
  });

  it(
    "restores a backup taken from a running instance, during writes, with every row intact",
    { timeout: 120_000 /* the demo seeds over HTTP in ~10 s here */ },
    async () => {
      const source = await sqld();
      const instance = await startNodeServer(env(source.server.url));
      await instance.readingIdle();
      const token = await createApiToken(
        source.handle.db,
        { role: "instructor", email: "lea@instruction.test" },
        Date.now(),
      );
      const audit = {
        keys: readAuditKeys({}),
        checkpoints: fileCheckpointStore(join(mkdtempSync(join(tmpdir(), "cadre-checkpoints-")), "audit.jsonl")),
      };
      await sealEvents({ db: source.handle.db, ...audit, now: Date.now() });
      const before = await snapshot(source.handle.client);
      expect(before.get("requests")!.size).toBeGreaterThanOrEqual(30);
      expect(before.get("document_chunks")!.size).toBeGreaterThan(0);
      // A submitted request: a draft is its organisation's alone, so the instructor's token would not see it.
      const [request] = [...before.get("requests")!].filter(([, row]) => row.state !== "draft").map(([id]) => id);
      const author = [...before.get("users")!.entries()].find(([, user]) => user.role === "instructor")![0];

      // Another instance keeps writing (a message is two rows, in one batch) while the backup runs.
      let backingUp = true;
      let written = 0;
      const writer = (async () => {
        while (backingUp || written < 3) {
          const statements = messageStatements(
            source.handle.db,
            { requestId: request!, authorId: author, body: `Message ${written}` },
            Date.now(),
          );
          await runAtomically(source.handle.db, statements);
          written++;
        }
      })();
      const file = join(mkdtempSync(join(root, "backup-")), "cadre.sqlite");
      const report = await backupDatabase(source.handle.client, file).finally(() => (backingUp = false));
      await writer;
      await instance.close();
      expect(report.tables.requests).toBe(before.get("requests")!.size);

      const target = await sqld();
      await restoreDatabase(file, target.handle);
      const after = await snapshot(source.handle.client);
      const restored = await snapshot(target.handle.client);
      const backup = openLibsql({ url: `file:${file}` });
      handles.push(backup);
      expect(restored).toEqual(await snapshot(backup.client));

      // Every table: what was there before the backup is there, identical; what was written
      // during it is there only as whole messages (message and event together), identical too.
      const newMessages = [...restored.get("messages")!.keys()].filter((id) => !before.get("messages")!.has(id));
      const newEvents = [...restored.get("events")!.keys()].filter((id) => !before.get("events")!.has(id));
      expect(newEvents.length).toBe(newMessages.length);
      expect(after.get("messages")!.size - before.get("messages")!.size).toBe(written);
      for (const [table, rows] of restored) {
        for (const [rowid, row] of before.get(table)!) expect(rows.get(rowid), `${table} #${rowid}`).toEqual(row);
        for (const [rowid, row] of rows) expect(after.get(table)!.get(rowid), `${table} #${rowid}`).toEqual(row);
        if (table !== "messages" && table !== "events") expect(rows.size, table).toBe(before.get(table)!.size);
      }

      expect(await expectDocumentBytesIntact(target.handle.client)).toBeGreaterThan(0);
      // The restored database still matches the checkpoint published before the backup.
      const chain = await verifyEventChain(target.handle.db, audit.keys, await audit.checkpoints.latest());
      expect(chain).toMatchObject({ ok: true, checked: before.get("event_seals")!.size, unsealed: newEvents.length });
      expect(chain.ok && chain.checkpoint?.count).toBe(before.get("event_seals")!.size);
      const search = async (client: Client) =>
        (
          await client.execute(
            "SELECT rowid FROM request_search WHERE request_search MATCH 'deliberation' ORDER BY rowid",
          )
        ).rows.map((row) => Number(row.rowid));
      expect((await search(target.handle.client)).length).toBeGreaterThan(0);
      expect(await search(target.handle.client)).toEqual(await search(source.handle.client));

      // A new instance on the restored database answers the token made before the backup.
      const reborn = await startNodeServer({ ...env(target.server.url), CADRE_DEMO: "0" });
      try {
        const response = await fetch(`http://127.0.0.1:${reborn.port}/api/v1/demandes/${request}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.status).toBe(200);
        await checkResponse("GET", `/api/v1/demandes/${request}`, response);
        expect(await response.json()).toMatchObject({ id: request });
      } finally {
        await reborn.close();
      }
    },
  );

  it("backs up an embedded file the same way, and refuses to restore into a database that has data", async () => {
    const dir = mkdtempSync(join(root, "file-"));
    const source = openLibsql({ url: `file:${join(dir, "cadre.db")}` });
    handles.push(source);
    await migrateLibsql(source);
    await createApiToken(source.db, { role: "instructor", email: "noe@instruction.test" }, Date.now());
    const file = join(dir, "cadre.sqlite");
    await backupDatabase(source.client, file);
    await expect(backupDatabase(source.client, file)).rejects.toThrow(/existe déjà/);

    const target = await sqld();
    await restoreDatabase(file, target.handle);
    expect(await snapshot(target.handle.client)).toEqual(await snapshot(source.client));
    await expect(restoreDatabase(file, target.handle)).rejects.toThrow(
      "La base cible n'est pas vide (table users : 1 ligne(s)) : la restauration se fait dans une base neuve, sans données.",
    );
    await expect(restoreDatabase(join(dir, "absent.sqlite"), target.handle)).rejects.toThrow(/introuvable/);
  });
});
