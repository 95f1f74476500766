/**
 * Node entry: the embedded libSQL file (or a libSQL server), migrations at start, the demo
 * when asked for (`--demo` or CADRE_DEMO=1), static files from public/, then HTTP on PORT.
 */

import { resolve } from "node:path";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { ConfigError, readConfig } from "../config";
import { randomHex } from "../domain/digest";
import { seedDemoIfEmpty } from "../demo/seed";
import { migrateLibsql, openLibsql } from "../storage/libsql";
import { readDocument } from "../services/read-document";
import { createReadingQueue } from "../services/reading-queue";
import { createApp } from "../web/app";
import { createNodeExtractor, unreadDocumentIds } from "./node-reader";
import { createEmailTransport } from "./email-transport";
import { dispatchOutbox } from "../notifications/dispatch-outbox";
import { sealEvents } from "../services/event-chain";
import { createWebhookTransport } from "../notifications/webhook-transport";
import { readFollowUpSettings } from "../domain/tariff-act-follow-up";
import { followUpTariffActs } from "../services/follow-up-tariff-acts";

const PUBLIC_DIR = resolve(import.meta.dirname, "../../public");

export async function startNodeServer(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env, randomHex);
  const followUpSettings = readFollowUpSettings(env);
  const handle = openLibsql({
    url: env.DATABASE_URL ?? "file:data/cadre.db",
    authToken: env.DATABASE_AUTH_TOKEN,
  });
  await migrateLibsql(handle);
  if (config.demo && (await seedDemoIfEmpty(handle.db, new Date()))) {
    console.log("[cadre] base vide : données de démonstration créées");
  }
  const extractor = createNodeExtractor();
  const log = (line: string) => console.error(line);
  const queue = createReadingQueue((id) => readDocument({ db: handle.db, now: Date.now, extract: extractor }, id), log);
  // Whatever was left unread (a restart, a scan from a Worker) is read in the background.
  queue.schedule(await unreadDocumentIds(handle.db));
  const app = createApp({ db: handle.db, config, log, reader: { schedule: (ids) => queue.schedule(ids) } });
  // E-mails and webhooks leave from the outbox; a failed send is retried later, never lost.
  const transports = { email: createEmailTransport(env, log), webhook: createWebhookTransport() };
  const dispatcher = setInterval(
    () => {
      Promise.all([dispatchOutbox(handle.db, transports, Date.now()), sealEvents(handle.db, Date.now())]).catch(
        (error: unknown) =>
          log(`[cadre] outbox: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`),
      );
    },
    Number(env.OUTBOX_INTERVAL_MS ?? 15_000),
  );
  dispatcher.unref();
  // Tariff-act reminders and closures: days-long delays, so hourly is enough (and once at start).
  const followUp = () =>
    followUpTariffActs({ db: handle.db, now: Date.now, settings: followUpSettings }).then(
      (report) => {
        if (report.reminded.length + report.closed.length > 0) {
          log(`[cadre] actes tarifaires : ${report.reminded.length} relance(s), ${report.closed.length} clôture(s)`);
        }
      },
      (error: unknown) =>
        log(
          `[cadre] relances d'acte tarifaire : ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
        ),
    );
  const followUpTimer = setInterval(followUp, Number(env.FOLLOW_UP_INTERVAL_MS ?? 3_600_000));
  followUpTimer.unref();
  const firstFollowUp = followUp();
  const server = new Hono();
  server.use("/static/*", serveStatic({ root: PUBLIC_DIR }));
  server.route("/", app);
  const port = Number(env.PORT ?? 8787);
  const listener = serve({ fetch: server.fetch, port, hostname: env.HOST ?? "0.0.0.0" });
  await new Promise<void>((done) => listener.once("listening", () => done()));
  const address = listener.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  const close = async () => {
    clearInterval(dispatcher);
    clearInterval(followUpTimer);
    await firstFollowUp;
    await new Promise<void>((done) => listener.close(() => done()));
    await queue.idle();
    await extractor.close();
  };
  return { listener, port: boundPort, close, client: handle.client, readingIdle: () => queue.idle() };
}

if (import.meta.filename === process.argv[1] || process.argv[1]?.endsWith("src/entry/node.ts")) {
  if (process.argv.includes("--demo")) process.env.CADRE_DEMO = "1";
  startNodeServer()
    .then(({ port }) => console.log(`[cadre] prêt sur http://localhost:${port}`))
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(`[cadre] impossible de démarrer : ${error.message}`);
      else console.error(`[cadre] impossible de démarrer : ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
