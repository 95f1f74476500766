/**
 * Worker entry: D1 through the binding DB; migrations are applied by wrangler
 * (`wrangler d1 migrations apply DB`). Static files are served by Workers assets from public/.
 */

import { readAuditKeys, readConfig, type AppConfig } from "../config";
import { ConfigError } from "../domain/errors";
import { randomHex } from "../domain/digest";
import { seedDemoIfEmpty } from "../demo/seed";
import { openD1 } from "../storage/d1";
import { extractDocument } from "../documents/extract";
import { readDocument } from "../services/read-document";
import { listDocumentIdsByTextStatus } from "../storage/reading-store";
import { dispatchOutbox } from "../notifications/dispatch-outbox";
import { sealEvents } from "../services/seal-events";
import { kvCheckpointStore } from "./checkpoint-kv";
import { purgeExpiredHits } from "../storage/rate-limit-store";
import { createWebhookTransport } from "../notifications/webhook-transport";
import { createEdgeGuard } from "../outbound/edge-guard";
import { createApp } from "../web/app";
import { readFollowUpSettings } from "../domain/tariff-act-follow-up";
import { followUpSummary, followUpTariffActs } from "../services/follow-up-tariff-acts";

export interface WorkerEnv {
  readonly DB: D1Database;
  /** Where audit checkpoints are published, apart from D1 (docs/security.md). */
  readonly AUDIT_CHECKPOINTS?: KVNamespace;
  /** The audit chain's keys, as a Worker secret: `wrangler secret put AUDIT_KEYS`. */
  readonly AUDIT_KEYS?: string;
  readonly CADRE_ENV?: string;
  readonly CADRE_DEMO?: string;
  readonly SESSION_SECRET?: string;
  readonly PUBLIC_URL?: string;
  /** Sign-in with ProConnect (README "Connexion avec ProConnect"); the secret as a Worker secret. */
  readonly OIDC_ISSUER?: string;
  readonly OIDC_CLIENT_ID?: string;
  readonly OIDC_CLIENT_SECRET?: string;
  readonly RATE_LIMIT_SIGN_IN?: string;
  readonly RATE_LIMIT_UPLOADS?: string;
  readonly RATE_LIMIT_API?: string;
  readonly TARIFF_ACT_REMINDER_DAYS?: string;
  readonly TARIFF_ACT_CLOSE_DAYS?: string;
  readonly OUTBOUND_ALLOW_LOOPBACK?: string;
  readonly RECHERCHE_ENTREPRISES_URL?: string;
}

const asEnv = (env: WorkerEnv) => env as unknown as Record<string, string | undefined>;

/**
 * No DNS API in Workers: the guard checks addresses as written, and Cloudflare's fetch does not
 * reach private networks (docs/security.md). OUTBOUND_ALLOW_LOOPBACK is refused in production.
 */
const outboundGuard = (env: WorkerEnv) =>
  createEdgeGuard({ allowLoopback: env.CADRE_ENV !== "production" && env.OUTBOUND_ALLOW_LOOPBACK === "1" });

let app: ReturnType<typeof createApp> | undefined;
let configError: string | undefined;

function appFor(env: WorkerEnv) {
  if (app || configError) return app;
  let config: AppConfig;
  try {
    config = readConfig(asEnv(env), randomHex);
    // Checked here too, so a wrong setting shows on every page and not only in the cron's logs.
    readFollowUpSettings(asEnv(env));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    configError = error.message;
    return undefined;
  }
  const db = openD1(env.DB);
  // No OCR within a Worker's CPU budget: scans end as "needs_ocr" for a Node reader (README).
  const deps = { db, now: Date.now, extract: (bytes: Uint8Array) => extractDocument(bytes, { allowOcr: false }) };
  const readAll = async (ids: readonly number[]) => {
    for (const id of ids) await readDocument(deps, id);
  };
  app = createApp({
    db,
    config,
    outbound: outboundGuard(env),
    reader: { schedule: (ids, waitUntil) => (waitUntil ? waitUntil(readAll(ids)) : void readAll(ids)) },
    // Set by Cloudflare's edge on every request, whatever the client sent.
    clientAddress: (c) => c.req.header("cf-connecting-ip"),
    beforeFirstRequest: config.demo
      ? async () => {
          if (await seedDemoIfEmpty(db, new Date())) await readAll(await listDocumentIdsByTextStatus(db, ["pending"]));
        }
      : undefined,
  });
  return app;
}

/**
 * New events sealed under AUDIT_KEYS, each advance published to KV. Without a key (production) or
 * without the KV binding nothing is sealed: the reason is logged at every run.
 */
async function seal(db: ReturnType<typeof openD1>, env: WorkerEnv) {
  try {
    if (!env.AUDIT_CHECKPOINTS) throw new ConfigError("la liaison KV AUDIT_CHECKPOINTS manque (wrangler.toml).");
    const checkpoints = kvCheckpointStore(env.AUDIT_CHECKPOINTS);
    const report = await sealEvents({ db, keys: readAuditKeys(asEnv(env)), checkpoints, now: Date.now() });
    if (report.halted) console.error(`[cadre] ${report.halted}`);
  } catch (error) {
    console.error(`[cadre] scellement du journal : ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A wrong setting or a failed run is logged; the outbox and the seals still run after it. */
async function followUp(db: ReturnType<typeof openD1>, env: WorkerEnv) {
  try {
    const report = await followUpTariffActs({ db, now: Date.now, settings: readFollowUpSettings(asEnv(env)) });
    const summary = followUpSummary(report);
    if (summary) console.log(summary);
  } catch (error) {
    console.error(`[cadre] relances d'acte tarifaire : ${error instanceof Error ? error.message : String(error)}`);
  }
}

export default {
  /**
   * Cron trigger: the tariff-act follow-up (reminders, closures without answer) first, so what it
   * writes leaves in the same run; then webhook deliveries (e-mails wait for a Node dispatcher:
   * no SMTP in Workers), and new events are sealed into the audit chain.
   */
  async scheduled(_controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext) {
    const db = openD1(env.DB);
    ctx.waitUntil(
      (async () => {
        await followUp(db, env);
        await Promise.all([
          dispatchOutbox(db, { webhook: createWebhookTransport(outboundGuard(env).fetch) }, Date.now()),
          seal(db, env),
          purgeExpiredHits(db, Date.now()),
        ]);
      })(),
    );
  },
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext) {
    const current = appFor(env);
    if (!current) {
      // A Worker cannot refuse to start: it refuses every request instead, with the reason.
      console.error(`[cadre] configuration refusée : ${configError}`);
      return new Response(`Cadre ne peut pas démarrer : ${configError}`, {
        status: 500,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    return current.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<WorkerEnv>;
