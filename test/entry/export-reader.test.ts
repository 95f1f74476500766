/**
 * The requests' export read on a worker thread (Node, libSQL file): the same CSV byte for byte as
 * the in-thread reader on hostile values (several batches, one read again as JSON), the worker
 * stopped when the download is cancelled, and a failing query failing the download the same way.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerRequestRows } from "../../src/entry/export-reader";
import { mapRows, REQUEST_COLUMNS, requestRow } from "../../src/exports/catalogue";
import { csvStream } from "../../src/exports/csv";
import { requestRows, type ExportPeriod, type RequestRowSource } from "../../src/storage/export-store";
import { migrateLibsql, openLibsql, type LibsqlDatabase } from "../../src/storage/libsql";
import { each, referenceRows, seedHostileRequests } from "../exports/support/hostile-requests";
import { collect } from "../exports/support/streams";

const ALL: ExportPeriod = { from: 0, to: Number.MAX_SAFE_INTEGER };
// Many batches (the last one partial); rows 5 001 to 5 020 hold the separators, so the batch
// holding them is read again as JSON (on the server's connection).
const ROWS = 26_300;

function errorChain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
  return messages.join(" | ");
}

const csvOf = (source: RequestRowSource, period: ExportPeriod, separator: "," | ";" = ";") =>
  csvStream(REQUEST_COLUMNS, mapRows(source(period), requestRow), { separator, bom: true });

describe("requests' export read on a worker thread", () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-export-reader-"));
  const url = `file:${join(dir, "cadre.db")}`;
  let handle: LibsqlDatabase;

  beforeAll(async () => {
    handle = openLibsql({ url });
    await migrateLibsql(handle);
    await seedHostileRequests(handle.db, ROWS, 0, 5_001);
  }, 60_000);

  afterAll(() => {
    handle?.client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([";", ","] as const)(
    "writes byte for byte the CSV of the in-thread reader and of the reference (separator %s)",
    async (separator) => {
      const workers: Worker[] = [];
      const inWorker = await collect(
        csvOf(
          workerRequestRows(url, handle.db, (worker) => workers.push(worker)),
          ALL,
          separator,
        ),
      );
      const inThread = await collect(csvOf((period) => requestRows(handle.db, period), ALL, separator));
      const reference = await referenceRows(handle.db, ALL);
      const expected = await collect(
        csvStream(REQUEST_COLUMNS, mapRows(each(reference), requestRow), { separator, bom: true }),
      );
      expect(reference).toHaveLength(ROWS);
      expect(workers).toHaveLength(1);
      expect(Buffer.from(inWorker.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
      expect(Buffer.from(inThread.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
      // The worker is gone once the file is written.
      expect(workers[0]!.threadId).toBe(-1);
    },
    60_000,
  );

  it("writes the same CSV for a period", async () => {
    const period = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2025, 0, 1) };
    const inWorker = await collect(csvOf(workerRequestRows(url, handle.db), period));
    const inThread = await collect(csvOf((p) => requestRows(handle.db, p), period));
    const lines = new TextDecoder().decode(inWorker.bytes).split("\r\n").length;
    expect(lines).toBeGreaterThan(1_000);
    expect(lines).toBeLessThan(ROWS);
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(inThread.bytes))).toBe(true);
  });

  it("reads at most two batches ahead, and stops the worker when the download is cancelled", async () => {
    const workers: Worker[] = [];
    let batchesRead = 0;
    const source = workerRequestRows(url, handle.db, (worker) => {
      workers.push(worker);
      worker.on("message", (message: object) => {
        if ("batch" in message) batchesRead++;
      });
    });
    // The rows themselves, not the CSV: its first chunk may span several batches, whatever their size.
    const rows = source(ALL)[Symbol.asyncIterator]();
    const first = await rows.next();
    expect(first.done).toBe(false);
    // Time enough to read every batch (a few ms each) if nothing held the worker back.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(batchesRead).toBe(3); // the one being taken, and two ahead
    // What a cancelled download does down the chain: it waits for the worker to end its query and exit.
    await rows.return?.();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.threadId).toBe(-1);
    expect(batchesRead).toBe(3);
  });

  it("stops the worker when a CSV download is cancelled", async () => {
    const workers: Worker[] = [];
    const reader = csvOf(
      workerRequestRows(url, handle.db, (worker) => workers.push(worker)),
      ALL,
    ).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.threadId).toBe(-1);
  });

  it("fails the download as the in-thread reader does when the query fails", async () => {
    // A libSQL file without Cadre's tables: the batch query cannot run.
    const emptyUrl = `file:${join(dir, "empty.db")}`;
    const empty = openLibsql({ url: emptyUrl });
    await empty.client.execute("create table unrelated (id integer)");
    try {
      const failure = (stream: ReadableStream<Uint8Array>) => collect(stream).then(() => "", errorChain);
      // drizzle wraps the in-thread error ("Failed query: …", the SQLite error as its cause).
      expect(await failure(csvOf(workerRequestRows(emptyUrl, empty.db), ALL))).toMatch(/no such table: requests/);
      expect(await failure(csvOf((period) => requestRows(empty.db, period), ALL))).toMatch(/no such table: requests/);
    } finally {
      empty.client.close();
    }
  });
});
