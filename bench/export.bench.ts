/**
 * The CSV export of a million requests through the real route (streamed, as a browser would
 * download it), against `sqlite3 -csv` running the same join on the same file in the same run
 * (its peak memory read by GNU time). Peak memory is the process's: it must stay flat,
 * whatever the number of rows.
 */

import { spawnSync } from "node:child_process";
import { serializeSigned } from "hono/utils/cookie";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { nodeRequestRows } from "../src/entry/export-reader";
import { createApp } from "../src/web/app";
import { type Benchmark, type Measured, medianMs, peakRssMb, resetPeak, round } from "./harness";
import { scaleDatabase } from "./scale-db";

const SECRET = "bench-secret-bench-secret-bench-secret-00";
const ROWS = 1_000_000;
const RUNS = 3;

const SAME_QUERY = `select r.id, o.name, o.siret, o.kind, o.departement, r.use_case,
  (select group_concat(scope, ',') from (select scope from request_scopes s where s.request_id = r.id order by scope)),
  r.state, r.legal_framework_text, r.legal_framework_url, r.created_at, r.first_submitted_at, r.decided_at, d.decision, d.motivation
  from requests r join organisations o on o.id = r.organisation_id
  left join decisions d on d.id = (select max(id) from decisions where request_id = r.id) order by r.id`;

export const exportBenchmarks: Benchmark[] = [
  {
    name: "export-csv-1m",
    floor: "sqlite3 -csv sur la même requête",
    target: 1.3,
    peakRssTargetMb: 250,
    async run(): Promise<Measured> {
      const file = scaleDatabase(ROWS);
      const url = `file:${file}`;
      const handle = openLibsql({ url });
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
        // As src/entry/node.ts builds it for a libSQL file: the batches read on a worker thread.
        requestRows: nodeRequestRows(url, handle.db),
      });
      const cookie = (await serializeSigned("cadre_session", "bench-admin", SECRET)).split(";")[0]!;
      let bytes = 0;
      const exportOnce = async () => {
        bytes = 0;
        const response = await app.request("http://bench/admin/exports/demandes?format=csv", { headers: { cookie } });
        const reader = response.body!.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
      };
      let floorPeakKb = 0;
      // GNU time writes sqlite3's peak resident memory (kB) on stderr, which is all we keep.
      const sqlite3Once = () => {
        const run = spawnSync("/usr/bin/time", ["-f", "%M", "sqlite3", "-csv", file, SAME_QUERY], {
          maxBuffer: 1 << 20,
          stdio: ["ignore", "ignore", "pipe"],
        });
        const lines = run.stderr.toString().trim().split("\n");
        if (run.status !== 0) throw new Error(`sqlite3 -csv : ${lines.join(" ")}`);
        floorPeakKb = Math.max(floorPeakKb, Number(lines.at(-1)));
      };
      // Interleaved, RUNS times each, medians: on a shared machine the load changes within a
      // minute, and one run of each would compare two different moments.
      resetPeak();
      const ours: number[] = [];
      const baseline: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        ours.push(await medianMs(exportOnce, 1, 0));
        baseline.push(await medianMs(sqlite3Once, 1, 0));
      }
      const peak = peakRssMb();
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      handle.client.close();
      return {
        ours: round(median(ours) / 1000),
        floor: round(median(baseline) / 1000),
        floor_peak_rss_mb: Math.round(floorPeakKb / 1024),
        unit: "s",
        note: `${ROWS} lignes, ${Math.round(bytes / 1e6)} Mo, médianes de ${RUNS} passes alternées (Cadre ${ours.map((ms) => round(ms / 1000, 1)).join(" / ")} s, sqlite3 ${baseline.map((ms) => round(ms / 1000, 1)).join(" / ")} s), pic mémoire pendant l'export ${peak} Mo`,
      };
    },
  },
];
