/**
 * A decision written through the real route (session, CSRF check, form, policy and version
 * checks, one batch with the event, the decision and the e-mails, then the redirect), against
 * its floor: the same reads and the same batch of SQL statements sent directly through libSQL.
 * Each decision is on a different submitted request of a copy of the 100,000-request database.
 */

import { copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { createApp } from "../src/web/app";
import { type Benchmark, pairedMedianMs, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
const REQUESTS = 100_000;
const RUNS = 25;
const WARMUP = 5;
const MOTIVATION = "Délibération conforme.";

export const decisionBenchmarks: Benchmark[] = [
  {
    name: "decision",
    async run() {
      const file = join(tmpdir(), `cadre-bench-decision-${process.pid}.db`);
      copyFileSync(scaleDatabase(REQUESTS), file);
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
        const floorTargets = targets.slice(RUNS + WARMUP);

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
          const { id, version, org } = floorTargets.shift()!;
          const now = Date.now();
          await client.execute({
            sql: "select u.* from sessions s join users u on u.id = s.user_id where s.id = 'bench' and s.expires_at > ?",
            args: [now],
          });
          await client.execute({ sql: "select * from requests where id = ?", args: [id] });
          await client.execute({ sql: "select scope from request_scopes where request_id = ?", args: [id] });
          const emails = await client.execute({
            sql: "select u.email from users u join organisations o on o.id = u.organisation_id where u.organisation_id = ? and u.role = 'applicant' and u.disabled = 0",
            args: [org],
          });
          await client.execute("select * from webhooks where active = 1");
          await client.batch(
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
              ...emails.rows.map((row) => ({
                sql: "insert into outbox (kind, recipient, subject, body, next_attempt_at, created_at) values ('email', ?, ?, ?, ?, ?)",
                args: [String(row.email), `Demande n° ${id} acceptée`, MOTIVATION, now, now],
              })),
            ],
            "write",
          );
          await client.execute({ sql: "select * from requests where id = ?", args: [id] });
          await client.execute({ sql: "select scope from request_scopes where request_id = ?", args: [id] });
        };
        const [ours, baseline] = await pairedMedianMs(viaRoute, direct, RUNS, WARMUP);
        return {
          name: this.name,
          ours: round(ours),
          baseline: round(baseline),
          unit: "ms/décision",
          note: `route POST complète, ${REQUESTS} demandes`,
        };
      } finally {
        handle.client.close();
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      }
    },
  },
];
