/**
 * What every integration test gets, whatever the runtime: the real app over a real database
 * with the real migrations, a fixed clock, factories, and requests signed in as a user. Every
 * /api/v1 response goes through the OpenAPI check before the test sees it.
 */

import { serializeSigned } from "hono/utils/cookie";
import { readAuditKeys, type AppConfig } from "../../src/config";
import type { AuditKeys } from "../../src/domain/audit-chain";
import type { AuditCheckpoint, CheckpointStore } from "../../src/domain/audit-checkpoint";
import type { Fetch } from "../../src/datapass/http";
import type { Role } from "../../src/domain/roles";
import type { Database } from "../../src/storage/database";
import { createSession, insertOrganisation, insertUser, type UserRow } from "../../src/storage/people-store";
import { createApp } from "../../src/web/app";
import { readDocument, type Extractor } from "../../src/services/read-document";
import { createReadingQueue } from "../../src/services/reading-queue";
import { createEdgeGuard } from "../../src/outbound/edge-guard";
import { createActFetcher } from "../../src/web/act-fetcher";
import { checkResponse } from "./openapi-validator";

export const TEST_ORIGIN = "http://cadre.test";
export const SECRET = "test-secret-test-secret-test-secret-0123";

export interface Harness {
  readonly db: Database;
  readonly clock: { now: number };
  /** Signed in `as` a user; `origin: null` sends no Origin header (by default, the app's own). */
  request(path: string, init?: RequestInit & { as?: UserRow; origin?: string | null }): Promise<Response>;
  organisation(
    overrides?: Partial<{ name: string; departement: string }>,
  ): Promise<{ id: number; siret: string; name: string }>;
  user(role: Role, organisationId?: number | null): Promise<UserRow>;
  logs: string[];
  /** The audit chain's keys (the development key unless a test brings its own). */
  readonly auditKeys: AuditKeys;
  /** Where this harness's audit checkpoints go: a file on Node and sqld, KV on workerd. */
  readonly checkpoints: CheckpointStore;
  /** Waits until every scheduled document has been read. */
  readingIdle(): Promise<void>;
  /** Waits until every act scheduled for fetching from its URL has been fetched (or refused). */
  actFetchIdle(): Promise<void>;
}

let sequence = 0;
// Unique per test run and per runtime, so tests never depend on what another test wrote.
const runId = Math.floor(Math.random() * 1e6);

/** Dependencies a test may replace: how the app reaches other servers (DataPass's stand-in). */
export interface HarnessDeps {
  readonly fetch?: Fetch;
}

export function createHarnessFor(
  db: Database,
  extract: Extractor,
  config: Partial<AppConfig> = {},
  checkpoints: CheckpointStore = memoryCheckpointStore(),
  deps: HarnessDeps = {},
): Harness {
  const clock = { now: Date.UTC(2026, 10, 2, 9, 0, 0) };
  const logs: string[] = [];
  const now = () => clock.now;
  const log = (line: string) => logs.push(line);
  const queue = createReadingQueue((id) => readDocument({ db, now, extract }, id), log);
  const reader = { schedule: (ids: readonly number[]) => queue.schedule(ids) };
  // No DNS here: the checks on the address as written (loopback only with outboundAllowLoopback).
  const outbound = createEdgeGuard({ allowLoopback: config.outboundAllowLoopback ?? false });
  const actFetcher = createActFetcher({ db, now, fetch: outbound.fetch, reader, log });
  const app = createApp({
    outbound,
    actFetcher,
    db,
    config: { production: false, demo: false, sessionSecret: SECRET, publicUrl: null, ...config },
    now,
    log,
    reader,
    // app.request has no socket: every request comes from one documentation address (RFC 5737).
    clientAddress: () => "192.0.2.1",
    fetch: deps.fetch,
  });

  return {
    db,
    clock,
    logs,
    auditKeys: readAuditKeys({}),
    checkpoints,
    readingIdle: () => queue.idle(),
    actFetchIdle: () => actFetcher.idle(),
    async request(path, init = {}) {
      const { as, origin = TEST_ORIGIN, ...rest } = init;
      const headers = new Headers(rest.headers);
      const method = (rest.method ?? "GET").toUpperCase();
      if (method !== "GET" && method !== "HEAD" && !headers.has("origin") && origin !== null)
        headers.set("origin", origin);
      if (as) {
        const sessionId = `session-${runId}-${++sequence}`;
        await createSession(db, sessionId, as.id, clock.now, 3_600_000);
        const cookie = await serializeSigned("cadre_session", sessionId, SECRET);
        headers.set("cookie", cookie.split(";")[0]!);
      }
      const response = await app.request(`${TEST_ORIGIN}${path}`, { ...rest, headers });
      // Every API answer of every test is held to the OpenAPI document (status and body).
      if (path.startsWith("/api/v1/")) await checkResponse(method, path, response);
      return response;
    },
    async organisation(overrides = {}) {
      const siret = uniqueSiret();
      return insertOrganisation(
        db,
        {
          siret,
          name: overrides.name ?? `Commune test ${sequence}`,
          kind: "commune",
          departement: overrides.departement ?? "35",
        },
        clock.now,
      );
    },
    async user(role, organisationId = null) {
      const id = ++sequence;
      return insertUser(
        db,
        { email: `${role}-${runId}-${id}@test.cadre.local`, name: `${role} ${id}`, role, organisationId },
        clock.now,
      );
    },
  };
}

/** For the tests that do not look at checkpoints: kept in memory. */
export function memoryCheckpointStore(): CheckpointStore {
  const published: AuditCheckpoint[] = [];
  return {
    where: "mémoire",
    latest: async () => published.at(-1) ?? null,
    publish: async (checkpoint) => void published.push(checkpoint),
  };
}

/** A fresh SIRET with a valid Luhn key (SIREN 21xxxxxxx like a commune). */
export function uniqueSiret(): string {
  const body = `21${String(runId).padStart(6, "0")}${String(++sequence).padStart(5, "0")}`;
  for (let key = 0; key < 10; key++) {
    const candidate = body + key;
    let sum = 0;
    for (let index = 0; index < 14; index++) {
      let digit = Number(candidate[13 - index]);
      if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}
