/**
 * The CSV export of a million requests as an admin downloads it from the real server (the bundle
 * `npm run serve` runs, production settings, one process, over HTTP on loopback), against
 * `sqlite3 -csv` running the same join on the same file in the same run. Peak memory is each
 * process's own, read by the kernel: the server's VmHWM (reset before each download, so that
 * start-up does not count) and sqlite3's maximum resident size from GNU time. It must stay flat,
 * whatever the number of rows.
 */

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { type Benchmark, type Measured, medianMs, round } from "./harness";
import { sessionCookie } from "./load/fixture";
import { startServer } from "./load/server";
import { scaleDatabase } from "./scale-db";

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
      const handle = openLibsql({ url: `file:${file}` });
      await migrateLibsql(handle);
      // An admin's session (user 21 becomes admin for the run).
      await handle.client.execute("update users set role = 'admin', organisation_id = null where id = 21");
      await handle.client.execute({
        sql: "insert or replace into sessions (id, user_id, created_at, expires_at) values ('bench-admin', 21, 0, ?)",
        args: [Date.now() + 3_600_000],
      });
      handle.client.close();
      // The scale base's events are not sealed: sealing a million of them is not what is measured.
      const server = await startServer(file, 1, { OUTBOX_INTERVAL_MS: "3600000" });
      const cookie = await sessionCookie("bench-admin");
      let bytes = 0;
      const kb = (field: string) =>
        Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]);
      // Per download: the server's resident memory before it, and its peak during it.
      const memory: { restingKb: number; peakKb: number }[] = [];
      const exportOnce = async () => {
        bytes = 0;
        writeFileSync(`/proc/${server.pid}/clear_refs`, "5"); // resets VmHWM
        const restingKb = kb("VmRSS");
        const response = await fetch(`${server.origin}/admin/exports/demandes?format=csv`, { headers: { cookie } });
        if (response.status !== 200) throw new Error(`export : HTTP ${response.status} ${server.log()}`);
        const reader = response.body!.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength;
        memory.push({ restingKb, peakKb: kb("VmHWM") });
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
      const ours: number[] = [];
      const baseline: number[] = [];
      try {
        for (let run = 0; run < RUNS; run++) {
          ours.push(await medianMs(exportOnce, 1, 0));
          baseline.push(await medianMs(sqlite3Once, 1, 0));
        }
      } finally {
        await server.stop();
      }
      const mb = (kilobytes: number) => Math.round(kilobytes / 1024);
      const peak = mb(Math.max(...memory.map((pass) => pass.peakKb)));
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      return {
        ours: round(median(ours) / 1000),
        floor: round(median(baseline) / 1000),
        floor_peak_rss_mb: Math.round(floorPeakKb / 1024),
        unit: "s",
        note: `${ROWS} lignes, ${Math.round(bytes / 1e6)} Mo, médianes de ${RUNS} passes alternées (Cadre ${ours.map((ms) => round(ms / 1000, 1)).join(" / ")} s, sqlite3 ${baseline.map((ms) => round(ms / 1000, 1)).join(" / ")} s), mémoire du serveur avant → pic de chaque passe ${memory.map((pass) => `${mb(pass.restingKb)} → ${mb(pass.peakKb)}`).join(" / ")} Mo`,
        ours_peak_rss_mb: peak,
      };
    },
  },
];
