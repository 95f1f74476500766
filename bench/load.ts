/**
 * `npm run load`: the real Node server (the bundle `npm run serve` runs, production settings, no
 * demo) on loopback over a 100,000-request database, hit by autocannon with 50 connections for a
 * bounded time (`--duration`, `--connections`; `--workers N` runs the server with
 * CADRE_WORKERS=N): 40 browse the queue (first page and deep keyset pages), 10 decide, each decision
 * on a distinct submitted request with its right version. Then the database is checked: every
 * acknowledged decision written exactly once with its event, no version decided twice, and the
 * audit chain sealed and intact. Exit code 1 on any HTTP error or failed check.
 */

import { spawn } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import autocannon, { type Result } from "autocannon";
import { serializeSigned } from "hono/utils/cookie";
import { readAuditKeys } from "../src/config";
import { fileCheckpointStore } from "../src/entry/checkpoint-file";
import { sealEvents } from "../src/services/seal-events";
import { verifyEventChain } from "../src/services/verify-event-chain";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { scaleDatabase } from "./scale-db";
import { freePort } from "../test/support/free-port";

// The development key, and this run's own checkpoint file: the base and the run's copy share it.
const audit = {
  keys: readAuditKeys({}),
  checkpoints: fileCheckpointStore(join(tmpdir(), `cadre-load-checkpoints-${process.pid}.jsonl`)),
};
const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "100000" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    workers: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
  },
});
const REQUESTS = Number(values.requests);
const DURATION_S = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const DECIDING = Math.max(1, Math.round(CONNECTIONS / 5));
const BROWSING = CONNECTIONS - DECIDING;
const SECRET = "load-test-secret-load-test-secret-000000";
const COOKIE = "__Host-cadre_session";
const INSTRUCTORS = 20; // users 1..20 of the scale database

const say = (line: string) => values.json || console.log(line);

/** The scale database with its events already sealed, as a running instance has them; made once. */
async function baseDatabase(): Promise<string> {
  const base = join(tmpdir(), `cadre-load-base-${REQUESTS}.db`);
  if (existsSync(base)) return base;
  say(`préparation de la base (${REQUESTS} demandes, événements scellés)…`);
  const making = `${base}.making`;
  copyFileSync(scaleDatabase(REQUESTS), making);
  const handle = openLibsql({ url: `file:${making}` });
  await migrateLibsql(handle);
  await sealEvents({ db: handle.db, ...audit, now: Date.now() });
  await handle.client.execute("pragma wal_checkpoint(truncate)");
  handle.client.close();
  copyFileSync(making, base);
  rmSync(making, { force: true });
  rmSync(`${making}-wal`, { force: true });
  rmSync(`${making}-shm`, { force: true });
  return base;
}

async function waitForHealth(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/sante`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error("le serveur n'a pas répondu sur /sante à temps");
}

async function main(): Promise<number> {
  const file = join(tmpdir(), `cadre-load-run-${process.pid}.db`);
  copyFileSync(await baseDatabase(), file);

  // Sessions for the instructors, as signing in would create them, and the work to decide.
  const handle = openLibsql({ url: `file:${file}` });
  const sessionIds = Array.from({ length: INSTRUCTORS }, (_, index) => `load-${index + 1}`);
  for (const [index, id] of sessionIds.entries()) {
    await handle.client.execute({
      sql: "insert into sessions (id, user_id, created_at, expires_at) values (?, ?, ?, ?)",
      args: [id, index + 1, Date.now(), Date.now() + 3_600_000],
    });
  }
  const submitted = (
    await handle.client.execute("select id, version from requests where state = 'submitted' order by id desc")
  ).rows.map((row) => ({ id: Number(row.id), version: Number(row.version) }));
  const cursors = (
    await handle.client.execute(
      "select submitted_at, id from requests where state = 'submitted' order by submitted_at, id limit 20 offset 5000",
    )
  ).rows.map((row) => `${row.submitted_at}.${row.id}`);
  const eventsBefore = Number((await handle.client.execute("select count(*) as n from events")).rows[0]!.n);
  handle.client.close();
  const cookies = await Promise.all(
    sessionIds.map(
      async (id) => (await serializeSigned(COOKIE, id, SECRET, { secure: true, path: "/" })).split(";")[0]!,
    ),
  );

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      CADRE_ENV: "production",
      CADRE_DEMO: "",
      SESSION_SECRET: SECRET,
      DATABASE_URL: `file:${file}`,
      HOST: "127.0.0.1",
      PORT: String(port),
      // The dispatcher seals new events during the run, as in production (every second here).
      OUTBOX_INTERVAL_MS: "1000",
      CADRE_WORKERS: values.workers,
      // The seeded requests waited months for their tariff acts: the follow-up would remind and
      // close thousands of them at start, a one-off catch-up that is not the workload measured.
      TARIFF_ACT_REMINDER_DAYS: "0",
      TARIFF_ACT_CLOSE_DAYS: "0",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let serverLog = "";
  server.stderr.on("data", (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-4000)));
  try {
    await waitForHealth(url, Date.now() + 30_000);
    say(
      `serveur prêt sur ${url} (${values.workers} processus) ; ${BROWSING} connexions consultent la file, ${DECIDING} décident, ${DURATION_S} s`,
    );

    const queuePaths = ["/instruction", ...cursors.map((cursor) => `/instruction?apres=${cursor}`)];
    let nextPage = 0;
    let nextDecision = 0;
    const sent = new Map<number, number>(); // request id → version sent
    const answered = new Map<number, number>(); // request id → HTTP status
    const browse = autocannon({
      url,
      connections: BROWSING,
      duration: DURATION_S,
      requests: [
        {
          method: "GET",
          setupRequest: (request) => {
            const n = nextPage++;
            return {
              ...request,
              path: queuePaths[n % queuePaths.length],
              headers: { cookie: cookies[n % cookies.length]! },
            };
          },
        },
      ],
    });
    const decide = autocannon({
      url,
      connections: DECIDING,
      duration: DURATION_S,
      requests: [
        {
          method: "POST",
          setupRequest: (request, context) => {
            const target = submitted[nextDecision++];
            if (!target) throw new Error("plus de demandes à décider : augmentez --requests");
            sent.set(target.id, target.version);
            context.id = target.id;
            return {
              ...request,
              path: `/instruction/demandes/${target.id}/valider`,
              headers: {
                cookie: cookies[target.id % cookies.length]!,
                origin: url,
                "content-type": "application/x-www-form-urlencoded",
                "hx-request": "true",
              },
              body: `version=${target.version}&motivation=${encodeURIComponent("Délibération conforme (test de charge).")}`,
            };
          },
          onResponse: (status, _body, context) => answered.set(context.id as number, status),
        },
      ],
    });
    const [browsing, deciding] = await Promise.all([browse, decide]);
    // Requests in flight when autocannon stopped may still land: let them, then stop the server.
    await new Promise((done) => setTimeout(done, 1_000));
    server.kill("SIGTERM");
    await new Promise((done) => server.once("exit", done));

    const checks = await checkDatabase(file, sent, answered, eventsBefore);
    const report = {
      connections: CONNECTIONS,
      workers: Number(values.workers),
      duration_s: DURATION_S,
      requests_in_db: REQUESTS,
      queue: summary(browsing),
      decisions: summary(deciding),
      total_req_per_s: Math.round(browsing.requests.average + deciding.requests.average),
      checks,
    };
    const failed =
      browsing.errors + browsing.timeouts + browsing.non2xx + deciding.errors + deciding.timeouts + deciding.non2xx >
        0 || checks.problems.length > 0;
    if (values.json) console.log(JSON.stringify(report));
    else print(report);
    if (failed) console.error(`charge : ÉCHEC${serverLog ? `\n${serverLog}` : ""}`);
    return failed ? 1 : 0;
  } finally {
    if (server.exitCode === null) server.kill("SIGKILL");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
}

function summary(result: Result) {
  return {
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    max_ms: result.latency.max,
    req_per_s: Math.round(result.requests.average),
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** What the database says after the run; every problem found is named. */
async function checkDatabase(
  file: string,
  sent: ReadonlyMap<number, number>,
  answered: ReadonlyMap<number, number>,
  eventsBefore: number,
) {
  const handle = openLibsql({ url: `file:${file}` });
  const { client } = handle;
  const problems: string[] = [];
  const ids = JSON.stringify([...sent.keys()]);
  const acknowledged = [...answered].filter(([, status]) => status >= 200 && status < 300).map(([id]) => id);
  const rows = (
    await client.execute({
      sql: `select r.id, r.state, r.version,
          (select count(*) from decisions d where d.request_id = r.id and d.request_version = r.version) as decisions,
          (select count(*) from decisions d where d.request_id = r.id and d.request_version > 2) as new_decisions,
          (select count(*) from events e where e.request_id = r.id and e.request_version = r.version and e.type = 'accept') as events
        from requests r where r.id in (select value from json_each(?))`,
      args: [ids],
    })
  ).rows;
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  for (const id of acknowledged) {
    const row = byId.get(id);
    const version = sent.get(id)! + 1;
    if (!row || row.state !== "accepted" || Number(row.version) !== version) {
      problems.push(`demande ${id} : décision acquittée mais état ${row?.state} v${row?.version}`);
    } else if (Number(row.decisions) !== 1 || Number(row.new_decisions) !== 1 || Number(row.events) !== 1) {
      problems.push(`demande ${id} : ${row.new_decisions} décision(s), ${row.events} événement(s) au lieu d'un`);
    }
  }
  // Decided but never acknowledged: only the requests in flight when the clock stopped may be.
  const unacknowledged = rows.filter(
    (row) => row.state === "accepted" && !acknowledged.includes(Number(row.id)),
  ).length;
  if (unacknowledged > DECIDING) problems.push(`${unacknowledged} décisions écrites sans réponse reçue`);
  const doubled = Number(
    (
      await client.execute(
        "select count(*) as n from (select request_id, request_version from decisions group by 1, 2 having count(*) > 1)",
      )
    ).rows[0]!.n,
  );
  if (doubled > 0) problems.push(`${doubled} versions de demande décidées deux fois`);
  const eventsAfter = Number((await client.execute("select count(*) as n from events")).rows[0]!.n);
  const written = acknowledged.length + unacknowledged;
  if (eventsAfter - eventsBefore !== written) {
    problems.push(`${eventsAfter - eventsBefore} événements écrits pour ${written} décisions`);
  }
  await sealEvents({ db: handle.db, ...audit, now: Date.now() });
  const chain = await verifyEventChain(handle.db, audit.keys, await audit.checkpoints.latest());
  if (!chain.ok) problems.push(`chaîne d'audit rompue à l'événement ${chain.eventId} : ${chain.reason}`);
  client.close();
  return {
    decisions_acknowledged: acknowledged.length,
    decisions_in_flight_at_stop: unacknowledged,
    events_written: eventsAfter - eventsBefore,
    chain_checked: chain.checked,
    chain_ok: chain.ok,
    problems,
  };
}

function print(report: {
  queue: ReturnType<typeof summary>;
  decisions: ReturnType<typeof summary>;
  total_req_per_s: number;
  checks: Awaited<ReturnType<typeof checkDatabase>>;
}): void {
  for (const [label, part] of [
    ["file (GET)", report.queue],
    ["décisions (POST)", report.decisions],
  ] as const) {
    console.log(
      `${label.padEnd(18)} p50 ${part.p50_ms} ms  p99 ${part.p99_ms} ms  max ${part.max_ms} ms  ${part.req_per_s} req/s  ${part.total} requêtes  non-2xx ${part.non2xx}  erreurs ${part.errors}`,
    );
  }
  const { checks } = report;
  console.log(`total ${report.total_req_per_s} req/s`);
  console.log(
    `base : ${checks.decisions_acknowledged} décisions acquittées (+${checks.decisions_in_flight_at_stop} en vol à l'arrêt), ${checks.events_written} événements, chaîne ${checks.chain_ok ? "intacte" : "ROMPUE"} (${checks.chain_checked} maillons)`,
  );
  for (const problem of checks.problems) console.log(`PROBLÈME : ${problem}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`charge : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
