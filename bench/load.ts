/**
 * `npm run load -- --rate R [--duration S] [--workers N] [--requests N] [--json]`: the real Node
 * server on loopback over a scale database, sent requests at a steady arrival rate R per second
 * for S seconds (an open model on undici: bench/load/open-model.ts), with the instructors' mix
 * (bench/load/mix.ts). Prints p50, p99, max, errors and the achieved rate per kind, then checks
 * the database: every acknowledged decision written once with its event, no version decided
 * twice, the audit chain sealed and intact. `--find-capacity` searches the highest rate whose
 * p99 stays under 100 ms with no error (doubling then bisection, at most `--steps` runs).
 * Exit code 1 on an error (single run) or on any failed database check.
 */

import { parseArgs } from "node:util";
import { findCapacity } from "./load/capacity";
import { checkDatabase, type DecisionLedger } from "./load/checks";
import { prepareWorld, removeWorld } from "./load/fixture";
import { KINDS, mixOf } from "./load/mix";
import { runOpenModel } from "./load/open-model";
import { startServer, waitForDrain } from "./load/server";
import { figures, type KindFigures } from "./load/stats";

const { values } = parseArgs({
  options: {
    rate: { type: "string", default: "100" },
    duration: { type: "string", default: "20" },
    workers: { type: "string", default: "1" },
    requests: { type: "string", default: "100000" },
    "find-capacity": { type: "boolean", default: false },
    steps: { type: "string", default: "8" },
    "max-rate": { type: "string", default: "1600" },
    json: { type: "boolean", default: false },
  },
});
const bounded = (name: string, value: number, min: number, max: number) => {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`--${name} doit être entre ${min} et ${max}`);
  }
  return value;
};
const RATE = bounded("rate", Number(values.rate), 1, 5_000);
const DURATION_S = bounded("duration", Number(values.duration), 1, 300);
const WORKERS = bounded("workers", Number(values.workers), 1, 8);
const REQUESTS = bounded("requests", Number(values.requests), 1_000, 10_000_000);
const STEPS = bounded("steps", Number(values.steps), 1, 16);
const MAX_RATE = bounded("max-rate", Number(values["max-rate"]), 1, 5_000);
const P99_OBJECTIVE_MS = 100;
const WARMUP_S = 2;

const say = (line: string) => values.json || console.log(line);

interface RateReport {
  readonly rate: number;
  readonly duration_s: number;
  readonly total: KindFigures;
  readonly kinds: KindFigures[];
  readonly max_timer_lag_ms: number;
}

async function main(): Promise<number> {
  const world = await prepareWorld(REQUESTS, say);
  const ledger: DecisionLedger = { sent: new Map(), answered: new Map() };
  const server = await startServer(world.file, WORKERS);
  try {
    const shot = mixOf(world, server.origin, ledger);
    let offset = 0;
    const measure = async (rate: number, durationS: number): Promise<RateReport> => {
      // One mix across runs: decisions never revisit a request, pages keep cycling.
      const base = offset;
      const run = await runOpenModel({ origin: server.origin, rate, durationS, shot: (n) => shot(base + n) });
      offset += run.scheduled;
      const { all, byKind } = figures(run, KINDS);
      return {
        rate,
        duration_s: durationS,
        total: all,
        kinds: byKind,
        max_timer_lag_ms: Math.round(run.maxTimerLagMs),
      };
    };
    say(`serveur prêt sur ${server.origin} (${WORKERS} processus, ${REQUESTS} demandes) ; chauffe ${WARMUP_S} s`);
    await measure(Math.min(RATE, 50), WARMUP_S);

    let runs: RateReport[];
    let capacity: number | undefined;
    if (values["find-capacity"]) {
      runs = [];
      const found = await findCapacity(
        async (rate) => {
          const report = await measure(rate, DURATION_S);
          runs.push(report);
          if (!values.json) printRun(report);
          await waitForDrain(server.origin); // a saturated step leaves a backlog behind it
          return report.total.errors === 0 && report.total.p99_ms < P99_OBJECTIVE_MS;
        },
        { startRate: RATE, maxRate: MAX_RATE, maxSteps: STEPS, precision: 0.1 },
      );
      capacity = found.capacity;
      say(`capacité : ${capacity} req/s (p99 < ${P99_OBJECTIVE_MS} ms, 0 erreur), ${found.steps.length} paliers`);
    } else {
      runs = [await measure(RATE, DURATION_S)];
      if (!values.json) printRun(runs[0]!);
    }
    await server.stop();
    const checks = await checkDatabase(world.file, ledger, world.eventsBefore);
    say(
      `base : ${checks.decisions_acknowledged} décisions acquittées sur ${checks.decisions_sent} envoyées, ${checks.events_written} événements, chaîne ${checks.chain_ok ? "intacte" : "ROMPUE"} (${checks.chain_checked} maillons)`,
    );
    for (const problem of checks.problems) say(`PROBLÈME : ${problem}`);
    if (values.json) {
      console.log(
        JSON.stringify({
          workers: WORKERS,
          requests_in_db: REQUESTS,
          p99_objective_ms: P99_OBJECTIVE_MS,
          capacity,
          runs,
          checks,
        }),
      );
    }
    const errors = capacity === undefined && runs.some((run) => run.total.errors > 0);
    const failed = errors || checks.problems.length > 0;
    if (failed) console.error(`charge : ÉCHEC${server.log() ? `\n${server.log()}` : ""}`);
    return failed ? 1 : 0;
  } finally {
    await server.stop();
    removeWorld(world);
  }
}

function printRun(report: RateReport): void {
  console.log(
    `— ${report.rate} req/s pendant ${report.duration_s} s (retard maximal du minuteur ${report.max_timer_lag_ms} ms)`,
  );
  for (const part of [...report.kinds, report.total]) {
    console.log(
      `${part.kind.padEnd(15)} ${String(part.count).padStart(6)} req  p50 ${String(part.p50_ms).padStart(7)} ms  p99 ${String(part.p99_ms).padStart(7)} ms  max ${String(part.max_ms).padStart(7)} ms  ${String(part.achieved_per_s).padStart(7)} req/s  erreurs ${part.errors}${part.first_error ? ` (${part.first_error})` : ""}`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`charge : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
