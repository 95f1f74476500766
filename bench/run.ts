/**
 * `npm run bench`: every benchmark with our figure, its physical floor measured in the same run,
 * their ratio, the target ratio and the peak memory; `-- --json` prints the same as one JSON
 * object. `--only NAME` runs the benchmarks whose name starts with NAME. `--sizes 10000,100000`
 * runs the benchmarks on a database (queue, search, review, decision) at each size and prints
 * how each grows from the smallest size: an indexed page should grow like a logarithm, not
 * like the base.
 */

import { parseArgs } from "node:util";
import { coldStartBenchmarks } from "./cold-start.bench";
import { decisionBenchmarks } from "./decision.bench";
import { documentBenchmarks } from "./documents.bench";
import { exportBenchmarks } from "./export.bench";
import { queueBenchmarks } from "./queue.bench";
import { type Benchmark, type BenchmarkResult, peakRssMb, resetPeak } from "./harness";
import { growthOf, printGrowth } from "./growth";

const BENCHMARKS: Benchmark[] = [
  ...documentBenchmarks,
  ...queueBenchmarks,
  ...decisionBenchmarks,
  ...exportBenchmarks,
  ...coldStartBenchmarks,
];
const DEFAULT_SIZE = 100_000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { json: { type: "boolean", default: false }, only: { type: "string" }, sizes: { type: "string" } },
  });
  const sizes = values.sizes ? values.sizes.split(",").map(Number) : undefined;
  if (sizes && !sizes.every((size) => Number.isInteger(size) && size >= 1_000 && size <= 10_000_000)) {
    throw new Error("--sizes attend des nombres de demandes entre 1000 et 10000000, séparés par des virgules");
  }
  const chosen = BENCHMARKS.filter(
    (candidate) => (!values.only || candidate.name.startsWith(values.only)) && (!sizes || candidate.sized),
  );
  const results: BenchmarkResult[] = [];
  // Growth compares sizes measured one after the other: a first, discarded round at the smallest
  // size lets V8 compile every path first, else the first size measured pays for it (pages
  // measured 2 to 3 times slower at 10,000 than at 100,000, equal when alternated in one process).
  if (sizes && sizes.length > 1) for (const benchmark of chosen) await benchmark.run(Math.min(...sizes));
  for (const size of sizes ?? [DEFAULT_SIZE]) {
    for (const benchmark of chosen) {
      resetPeak();
      const measured = await benchmark.run(size);
      const ratio = measured.floor > 0 ? Number((measured.ours / measured.floor).toFixed(2)) : Number.NaN;
      const peak = measured.ours_peak_rss_mb ?? peakRssMb();
      const withinRatio = benchmark.target === undefined || ratio <= benchmark.target;
      const withinMemory = benchmark.peakRssTargetMb === undefined || peak <= benchmark.peakRssTargetMb;
      results.push({
        name: benchmark.name,
        ...(benchmark.sized ? { size } : {}),
        ...measured,
        floor_is: benchmark.floor,
        ratio,
        ...(benchmark.target !== undefined ? { target: benchmark.target } : {}),
        ...(benchmark.peakRssTargetMb !== undefined ? { peak_rss_target_mb: benchmark.peakRssTargetMb } : {}),
        ...(benchmark.target !== undefined || benchmark.peakRssTargetMb !== undefined
          ? { within_target: withinRatio && withinMemory }
          : {}),
        peak_rss_mb: peak,
      });
      if (!values.json) print(results.at(-1)!);
    }
  }
  const growth = sizes && sizes.length > 1 ? growthOf(results, sizes) : undefined;
  if (values.json) console.log(JSON.stringify({ benchmarks: results, ...(growth ? { growth } : {}) }));
  else if (growth) printGrowth(growth, sizes!);
}

function print(result: BenchmarkResult): void {
  const target = result.target !== undefined ? ` cible ≤ ${result.target}` : "";
  const verdict = result.within_target === undefined ? "" : result.within_target ? " ✓" : " ✗";
  const size = result.size !== undefined ? `@${result.size}` : "";
  const line = `${`${result.name}${size}`.padEnd(30)} ours ${String(result.ours).padStart(9)} ${result.unit.padEnd(12)} plancher ${String(result.floor).padStart(9)}  rapport ${String(result.ratio).padStart(6)}${target}${verdict}  pic ${result.peak_rss_mb} Mo`;
  console.log(result.note ? `${line}  (${result.note})` : line);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
