/**
 * Node entry: the embedded libSQL file (or a libSQL server), migrations at start, the demo
 * when asked for (`--demo` or CADRE_DEMO=1) with its local identity provider, static files from
 * public/, then HTTP on PORT.
 */

import cluster from "node:cluster";
import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { readConfig, type AppConfig } from "../config";
import { ConfigError } from "../domain/errors";
import { randomHex } from "../domain/digest";
import { seedDemoIfEmpty } from "../demo/seed";
import {
  libsqlOptionsFrom,
  migrateLibsql,
  openLibsql,
  type LibsqlDatabase,
  type LibsqlOptions,
} from "../storage/libsql";
import { readDocument } from "../services/read-document";
import { createReadingQueue } from "../services/reading-queue";
import { createApp } from "../web/app";
import { createNodeExtractor, unreadDocumentIds } from "./node-reader";
import { nodeRequestRows } from "./export-reader";
import { startDemoSignIn } from "./demo-identity-provider";
import { createEmailTransport } from "./email-transport";
import { dispatchOutbox } from "../notifications/dispatch-outbox";
import { oneLine } from "../notifications/outbox-claims";
import { sealEvents } from "../services/seal-events";
import { checkpointFileFrom, fileCheckpointStore } from "./checkpoint-file";
import { purgeExpiredHits } from "../storage/rate-limit-store";
import { createWebhookTransport } from "../notifications/webhook-transport";
import { createNodeGuard } from "./node-outbound";
import { createActFetcher } from "../web/act-fetcher";
import { listRequestIdsAwaitingAct } from "../storage/documents-store";
import { readFollowUpSettings } from "../domain/tariff-act-follow-up";
import { followUpSummary, followUpTariffActs } from "../services/follow-up-tariff-acts";

const PUBLIC_DIR = resolve(import.meta.dirname, "../../public");

export async function startNodeServer(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env, randomHex);
  // In cluster mode only the first worker reads waiting documents at start and runs the
  // outbox, sealing and follow-up jobs; the others only serve HTTP (see runNodeServer).
  const background = env.CADRE_WORKER_ID === undefined || env.CADRE_WORKER_ID === "1";
  const followUpSettings = readFollowUpSettings(env);
  const options = libsqlOptionsFrom(env);
  const handle = await openPreparedDatabase(options, config);
  const extractor = createNodeExtractor();
  const log = (line: string) => console.error(line);
  // One process per provider port: in cluster mode the demo keeps its one-click buttons only.
  const demoSignIn = env.CADRE_WORKER_ID === undefined ? await startDemoSignIn(config, env, log) : null;
  const queue = createReadingQueue((id) => readDocument({ db: handle.db, now: Date.now, extract: extractor }, id), log);
  // Whatever was left unread (a restart, a scan from a Worker) is read in the background.
  if (background) queue.schedule(await unreadDocumentIds(handle.db));
  // Every outgoing request to an address someone typed: checked after DNS, connected to the checked address.
  const outbound = createNodeGuard({ allowLoopback: config.outboundAllowLoopback ?? false });
  const actFetcher = createActFetcher({
    db: handle.db,
    now: Date.now,
    fetch: outbound.fetch,
    reader: { schedule: (ids) => queue.schedule(ids) },
    log,
  });
  // Acts given by URL and not fetched yet (a restart, an earlier failure) are tried again.
  if (background) for (const id of await listRequestIdsAwaitingAct(handle.db)) actFetcher.schedule(id);
  const app = createApp({
    outbound,
    actFetcher,
    db: handle.db,
    config: demoSignIn?.config ?? config,
    log,
    reader: { schedule: (ids) => queue.schedule(ids) },
    // The socket's peer: behind a reverse proxy that is the proxy (see TRUST_PROXY in the README).
    clientAddress: (c) => getConnInfo(c).remote.address,
    // A libSQL file: the requests' export reads its batches on a worker thread (export-reader.ts).
    requestRows: nodeRequestRows(options.url, handle.db),
  });
  // E-mails and webhooks leave from the outbox; a failed send is retried later, never lost.
  const transports = { email: createEmailTransport(env, log), webhook: createWebhookTransport(outbound.fetch) };
  const audit = { keys: config.auditKeys!, checkpoints: fileCheckpointStore(checkpointFileFrom(env)) };
  if (background && audit.keys.insecure) {
    log(
      "[cadre] journal d'audit scellé avec la clé de développement, publique (AUDIT_KEYS absent) : ses sceaux ne prouvent rien",
    );
  }
  const dispatcher = background
    ? setInterval(
        () => {
          Promise.all([
            dispatchOutbox(handle.db, transports, Date.now()),
            sealEvents({ db: handle.db, ...audit, now: Date.now() }).then((report) => {
              if (report.halted) log(`[cadre] ${report.halted}`);
            }),
            purgeExpiredHits(handle.db, Date.now()),
          ]).catch((error: unknown) => log(`[cadre] outbox: ${oneLine(error)}`));
        },
        Number(env.OUTBOX_INTERVAL_MS ?? 15_000),
      )
    : undefined;
  dispatcher?.unref();
  // Tariff-act reminders and closures: days-long delays, so hourly is enough (and once at start).
  const followUp = () =>
    followUpTariffActs({ db: handle.db, now: Date.now, settings: followUpSettings }).then(
      (report) => {
        const summary = followUpSummary(report);
        if (summary) log(summary);
      },
      (error: unknown) => log(`[cadre] relances d'acte tarifaire : ${oneLine(error)}`),
    );
  const followUpTimer = background ? setInterval(followUp, Number(env.FOLLOW_UP_INTERVAL_MS ?? 3_600_000)) : undefined;
  followUpTimer?.unref();
  const firstFollowUp = background ? followUp() : Promise.resolve();
  const server = new Hono();
  server.use("/static/*", serveStatic({ root: PUBLIC_DIR }));
  // Handed to the app as a whole (not merged as routes), so its own 404 and 405 pages answer
  // every address the static files do not.
  server.all("*", (c) => app.fetch(c.req.raw, c.env));
  const port = Number(env.PORT ?? 8787);
  // The demo signs anyone in as an administrator in one click: only this machine may reach it,
  // unless HOST says otherwise.
  const hostname = env.HOST || (config.demo ? "127.0.0.1" : "0.0.0.0");
  const listener = serve({ fetch: server.fetch, port, hostname });
  await new Promise<void>((done) => listener.once("listening", () => done()));
  const address = listener.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  demoSignIn?.attach(boundPort);
  const close = async () => {
    clearInterval(dispatcher);
    clearInterval(followUpTimer);
    await firstFollowUp;
    await new Promise<void>((done) => listener.close(() => done()));
    await demoSignIn?.close();
    await actFetcher.idle();
    await queue.idle();
    await extractor.close();
  };
  return { listener, port: boundPort, close, client: handle.client, readingIdle: () => queue.idle() };
}

/** The database migrated, with the demo loaded into it when it is empty and the demo is on. */
async function openPreparedDatabase(options: LibsqlOptions, config: AppConfig): Promise<LibsqlDatabase> {
  const handle = openLibsql(options);
  await migrateLibsql(handle);
  if (config.demo && (await seedDemoIfEmpty(handle.db, new Date()))) {
    console.log("[cadre] base vide : données de démonstration créées");
  }
  return handle;
}

/**
 * The command line: `--demo` loads the demo; a start failure is told in French, exit code 1.
 * With CADRE_WORKERS=N (N > 1) the primary process migrates (and seeds the demo) once, then
 * forks N workers that share the port (node:cluster) and the libSQL file (WAL, busy timeout):
 * each version of a request is still written by exactly one batch whatever the process, and
 * the session secret is drawn once so a session is valid in every worker.
 */
export function runNodeServer(args: readonly string[]): void {
  if (args.includes("--demo")) process.env.CADRE_DEMO = "1";
  const workers = Number(process.env.CADRE_WORKERS ?? 1);
  const start = cluster.isPrimary && workers > 1 ? startCluster(workers) : startNodeServer();
  start
    .then(({ port }) => {
      if (cluster.isPrimary) console.log(`[cadre] prêt sur http://localhost:${port}`);
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(`[cadre] impossible de démarrer : ${error.message}`);
      else console.error(`[cadre] impossible de démarrer : ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}

async function startCluster(workers: number): Promise<{ port: number }> {
  const config = readConfig(process.env, randomHex); // refuses unsafe settings before forking
  if (!Number.isInteger(workers) || workers > 64) {
    throw new ConfigError("CADRE_WORKERS doit être un nombre entier de processus, entre 1 et 64.");
  }
  (await openPreparedDatabase(libsqlOptionsFrom(process.env), config)).client.close();
  const env = { SESSION_SECRET: config.sessionSecret };
  const fork = (id: number) => cluster.fork({ ...env, CADRE_WORKER_ID: String(id) });
  const listening = new Promise<{ port: number }>((done) =>
    cluster.once("listening", (_worker, address) => done({ port: address.port })),
  );
  for (let id = 1; id <= workers; id++) {
    // A worker that dies is replaced under the same number, so the background jobs go on;
    // one that dies within 10 s of starting would only die again: the whole server stops.
    const watch = () => {
      const started = Date.now();
      fork(id).on("exit", (code) => {
        if (Date.now() - started < 10_000) {
          console.error(`[cadre] impossible de démarrer : le processus ${id} s'est arrêté au démarrage (code ${code})`);
          process.exit(1);
        }
        console.error(`[cadre] processus ${id} arrêté (code ${code}), relancé`);
        watch();
      });
    };
    watch();
  }
  return listening;
}

// Run directly (`tsx src/entry/node.ts`, `npm run dev`); scripts/server.mjs calls runNodeServer itself.
if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("src/entry/node.ts")) {
  runNodeServer(process.argv.slice(2));
}
