/**
 * A decision written through the real route (session, CSRF check, form, policy and version
 * checks, one batch with the event, the decision and the e-mails, then the htmx answer), against
 * its floor: the same version check and the same batch (request, event, decision, e-mails)
 * written directly through libSQL, the recipients known in advance. Each decision is on a
 * different submitted request of a copy of the scale database.
 */

import { copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { createApp } from "../src/web/app";
import { type Benchmark, type Measured, pairedMedianMs, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
// Each run decides a request of its own: 2 × (RUNS + WARMUP) submitted requests are needed.
const RUNS = 51;
const WARMUP = 100;
const MOTIVATION = "Délibération conforme.";

export const decisionBenchmarks: Benchmark[] = [
  {
    name: "decision",
    floor: "la même vérification de version et le même batch écrits directement",
    target: 1.5,
    sized: true,
    async run(size): Promise<Measured> {
      const file = join(tmpdir(), `cadre-bench-decision-${process.pid}.db`);
      copyFileSync(scaleDatabase(size), file);
      const handle = openLibsql({ url: `file:${file}` });
      try {
        await migrateLibsql(handle);
        const { client } = handle;
        await client.execute({
          sql: "insert or replace into sessions (id, user_id, created_at, expires_at) values ('bench', 1, 0, ?)",
          args: [Date.now() + 3_600_000],
        });
        const targets = (
          await client.execute({
            sql: "select id, version, organisation_id from requests where state = 'submitted' order by id limit ?",
            args: [2 * (RUNS + WARMUP)],
          })
        ).rows.map((row) => ({ id: Number(row.id), version: Number(row.version), org: Number(row.organisation_id) }));
        const ourTargets = targets.slice(0, RUNS + WARMUP);
        // The floor's recipients are read before the clock starts: only the write is measured.
        const floorTargets = await Promise.all(
          targets.slice(RUNS + WARMUP).map(async (target) => ({
            ...target,
            emails: (
              await client.execute({
                sql: "select email from users where organisation_id = ? and role = 'applicant' and disabled = 0",
                args: [target.org],
              })
            ).rows.map((row) => String(row.email)),
          })),
        );

        const app = createApp({
          db: handle.db,
          config: { production: false, demo: false, sessionSecret: SECRET, publicUrl: null },
          log: () => {},
        });
        const cookie = (await serializeSigned("cadre_session", "bench", SECRET)).split(";")[0]!;
        const viaRoute = async () => {
          const target = ourTargets.shift()!;
          const response = await app.request(`http://bench/instruction/demandes/${target.id}/valider`, {
            method: "POST",
            headers: {
              cookie,
              origin: "http://bench",
              "content-type": "application/x-www-form-urlencoded",
              "hx-request": "true",
            },
            body: `version=${target.version}&motivation=${encodeURIComponent(MOTIVATION)}`,
          });
          if (response.status !== 204) throw new Error(`décision : HTTP ${response.status}`);
        };

        const direct = async () => {
          const { id, version, emails } = floorTargets.shift()!;
          const now = Date.now();
          const written = await client.batch(
            [
              {
                sql: "update requests set state = 'accepted', version = ?, updated_at = ?, decided_at = ? where id = ? and version = ?",
                args: [version + 1, now, now, id, version],
              },
              {
                sql: "insert into events (request_id, request_version, actor_id, type, from_state, to_state, payload, created_at) values (?, ?, 1, 'accept', 'submitted', 'accepted', ?, ?)",
                args: [id, version + 1, JSON.stringify({ motivation: MOTIVATION }), now],
              },
              {
                sql: "insert into decisions (request_id, author_id, decision, motivation, request_version, created_at) values (?, 1, 'accept', ?, ?, ?)",
                args: [id, MOTIVATION, version + 1, now],
              },
              ...emails.map((email) => ({
                sql: "insert into outbox (kind, recipient, subject, body, next_attempt_at, created_at) values ('email', ?, ?, ?, ?, ?)",
                args: [email, `Demande n° ${id} acceptée`, MOTIVATION, now, now],
              })),
            ],
            "write",
          );
          // The version check: no row changed means someone decided first.
          if (written[0]!.rowsAffected !== 1) throw new Error(`décision directe : demande ${id} déjà décidée`);
        };
        const [ours, floor] = await pairedMedianMs(viaRoute, direct, RUNS, WARMUP);
        return { ours: round(ours), floor: round(floor), unit: "ms/décision", note: "route POST complète" };
      } finally {
        handle.client.close();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      }
    },
  },
];
