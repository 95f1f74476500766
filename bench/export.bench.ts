/**
 * The CSV export of a million requests through the real route (streamed, as a browser would
 * download it), against `sqlite3 -csv` running the same join on the same file in the same run.
 * Peak memory is the process's: it must stay flat, whatever the number of rows.
 */

import { execFileSync } from "node:child_process";
import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { createApp } from "../src/web/app";
import { type Benchmark, medianMs, peakRssMb, resetPeak, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
const ROWS = 1_000_000;

const SAME_QUERY = `select r.id, o.name, o.siret, o.kind, o.departement, r.use_case,
  (select group_concat(scope, ',') from (select scope from request_scopes s where s.request_id = r.id order by scope)),
  r.state, r.legal_framework_text, r.legal_framework_url, r.created_at, r.first_submitted_at, r.decided_at, d.decision, d.motivation
  from requests r join organisations o on o.id = r.organisation_id
  left join decisions d on d.id = (select max(id) from decisions where request_id = r.id) order by r.id`;

export const exportBenchmarks: Benchmark[] = [
  {
    name: "export-csv-1m",
    async run() {
      const file = scaleDatabase(ROWS);
      const handle = openLibsql({ url: `file:${file}` });
      await migrateLibsql(handle);
      // An admin's session (user 21 becomes admin for the run).
      await handle.client.execute("update users set role = 'admin', organisation_id = null where id = 21");
      await handle.client.execute({
        sql: "insert or replace into sessions (id, user_id, created_at, expires_at) values ('bench-admin', 21, 0, ?)",
        args: [Date.now() + 3_600_000],
      });
      const app = createApp({
        db: handle.db,
        config: { production: false, demo: false, sessionSecret: SECRET, publicUrl: null },
        log: () => {},
      });
      const cookie = (await serializeSigned("cadre_session", "bench-admin", SECRET)).split(";")[0]!;
      let bytes = 0;
      resetPeak();
      const ours = await medianMs(
        async () => {
          bytes = 0;
          const response = await app.request("http://bench/admin/exports/demandes?format=csv", { headers: { cookie } });
          const reader = response.body!.getReader();
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
            bytes += chunk.value.byteLength;
        },
        1,
        0,
      );
      const peak = peakRssMb();
      const baseline = await medianMs(
        () =>
          execFileSync("sqlite3", ["-csv", file, SAME_QUERY], {
            maxBuffer: 1 << 30,
            stdio: ["ignore", "ignore", "inherit"],
          }),
        1,
        0,
      );
      handle.client.close();
      return {
        name: this.name,
        ours: round(ours / 1000),
        baseline: round(baseline / 1000),
        unit: "s",
        note: `${ROWS} lignes, ${Math.round(bytes / 1e6)} Mo, pic mémoire pendant l'export ${peak} Mo`,
      };
    },
  },
];
