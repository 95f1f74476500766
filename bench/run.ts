/**
 * `npm run bench`: every benchmark with our figure, its baseline measured in the same run,
 * their ratio and the peak memory; `npm run bench -- --json` prints the same as one JSON object.
 * `--only NAME` runs the benchmarks whose name starts with NAME.
 */

import { coldStartBenchmarks } from "./cold-start.bench";
import { decisionBenchmarks } from "./decision.bench";
import { documentBenchmarks } from "./documents.bench";
import { exportBenchmarks } from "./export.bench";
import { queueBenchmarks } from "./queue.bench";
import { type Benchmark, type BenchmarkResult, peakRssMb, resetPeak } from "./harness";

const BENCHMARKS: Benchmark[] = [
  ...documentBenchmarks,
  ...queueBenchmarks,
  ...decisionBenchmarks,
  ...exportBenchmarks,
  ...coldStartBenchmarks,
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const results: BenchmarkResult[] = [];
  for (const benchmark of BENCHMARKS.filter((candidate) => !only || candidate.name.startsWith(only))) {
    resetPeak();
    const measured = await benchmark.run();
    const ratio = measured.baseline > 0 ? Number((measured.ours / measured.baseline).toFixed(2)) : Number.NaN;
    results.push({ ...measured, ratio, peak_rss_mb: peakRssMb() });
    if (!json) print(results.at(-1)!);
  }
  if (json) console.log(JSON.stringify({ benchmarks: results }));
}

function print(result: BenchmarkResult): void {
  const line = `${result.name.padEnd(28)} ours ${String(result.ours).padStart(9)} ${result.unit.padEnd(12)} baseline ${String(result.baseline).padStart(9)}  ratio ${String(result.ratio).padStart(6)}  peak ${result.peak_rss_mb} MB`;
  console.log(result.note ? `${line}  (${result.note})` : line);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
