/**
 * Node only: the export's batches read on a worker thread. The embedded libSQL client runs a
 * query synchronously on the calling thread, so on one thread SQLite's work and the CSV writing
 * take turns; a worker with its own connection to the same file (WAL lets a reader run beside
 * the server's connection) runs the batch queries while the request's thread splits the previous
 * batch and writes it. The worker runs exactly the query `requestRows` runs
 * (textBatchStatement) and hands over its text; the splitting, the JSON fallback and the writers
 * are the ones every other path uses, so the file is the same byte for byte.
 *
 * At most AHEAD batches wait read and not yet taken (a credit per batch), so memory stays flat
 * however slow the download. A cancelled download stops the worker by asking it: it ends its
 * query, closes its connection and exits. Not worker.terminate(): the libSQL native module aborts
 * the whole process (a Rust panic in its finalizers) when its thread is killed under it.
 */

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Database } from "../storage/database";
import {
  decodeTextBatches,
  textBatchStatement,
  type ExportPeriod,
  type RequestRowSource,
  type TextBatch,
} from "../storage/export-store";

/** Batches read ahead of the one being written: one is enough to overlap, two absorb jitter. */
const AHEAD = 2;

// Plain CommonJS given as text (eval), not a module file: it needs no TypeScript loader, so it
// runs the same under tsx, vitest and the bundled server (scripts/server-bundle.mjs).
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
const { createClient } = require(workerData.client);
const { url, sql, params, afterIndex, rows } = workerData;
const client = createClient({ url });
let credit = 0;
let stopped = false;
let wake = null;
parentPort.on("message", (message) => {
  if (message === "stop") stopped = true;
  else credit += message;
  if (wake) { const resume = wake; wake = null; resume(); }
});
(async () => {
  for (let after = 0; ;) {
    while (credit === 0 && !stopped) await new Promise((resolve) => { wake = resolve; });
    if (stopped) return;
    credit--;
    const args = params.slice();
    args[afterIndex] = after;
    const result = await client.execute({ sql, args });
    const row = result.rows[0];
    const kept = row ? Number(row.kept) : 0;
    if (kept === 0 || row.text === null) break;
    const last = Number(row.last);
    parentPort.postMessage({ batch: { after, kept, last, text: row.text } });
    if (kept < rows) break;
    after = last;
  }
  parentPort.postMessage({ done: true });
})().catch((error) => {
  parentPort.postMessage({ error: { message: String((error && error.message) || error), code: error && error.code } });
}).finally(() => {
  client.close();
  parentPort.close();
});
`;

type WorkerMessage =
  | { readonly batch: TextBatch }
  | { readonly done: true }
  | { readonly error: { readonly message: string; readonly code?: string } };

/**
 * The export rows of the libSQL file at `url`, read on a worker thread. `db` (the server's own
 * connection to the same file) only serves the rare batch that must be read again as JSON.
 */
export function workerRequestRows(
  url: string,
  db: Database,
  /** Told of each worker started (the tests watch it stop when a download is cancelled). */
  started?: (worker: Worker) => void,
): RequestRowSource {
  const client = createRequire(import.meta.url).resolve("@libsql/client");
  return (period, states) =>
    decodeTextBatches(db, period, states, () => workerTextBatches(url, client, period, states, started));
}

/** The worker source for an embedded file (`file:…`); a libSQL server or memory keeps the default. */
export function nodeRequestRows(url: string, db: Database): RequestRowSource | undefined {
  return url.startsWith("file:") && !url.includes(":memory:") ? workerRequestRows(url, db) : undefined;
}

async function* workerTextBatches(
  url: string,
  client: string,
  period: ExportPeriod,
  states: readonly string[] | undefined,
  started?: (worker: Worker) => void,
): AsyncGenerator<TextBatch> {
  const worker = new Worker(WORKER_CODE, {
    eval: true,
    workerData: { url, client, ...textBatchStatement(period, states) },
  });
  started?.(worker);
  const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
  const inbox: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: WorkerMessage) => {
    inbox.push(message);
    wake?.();
    wake = null;
  };
  worker.on("message", deliver);
  worker.on("error", (error) => deliver({ error: { message: error.message } }));
  void exited.then((code) =>
    deliver({ error: { message: `Le lecteur de l'export s'est arrêté (code ${code}) avant la fin.` } }),
  );
  try {
    worker.postMessage(AHEAD);
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift()!;
      if ("done" in message) return;
      if ("error" in message) throw Object.assign(new Error(message.error.message), { code: message.error.code });
      // Ask for the next batch before writing this one: that is the overlap.
      worker.postMessage(1);
      yield message.batch;
    }
  } finally {
    // Finished, failed or cancelled: the worker stops after its current query (if any) and exits.
    worker.postMessage("stop");
    await exited;
  }
}
