/**
 * The benchmark harness: each benchmark measures our figure and a baseline in the same run
 * (same machine, same moment), so the ratio means something on any machine. Times are the
 * median of several runs after a warm-up; peak memory is the process's highest RSS seen.
 */

export interface BenchmarkResult {
  readonly name: string;
  readonly ours: number;
  readonly baseline: number;
  readonly ratio: number;
  readonly unit: string;
  readonly peak_rss_mb: number;
  readonly note?: string;
}

export interface Benchmark {
  readonly name: string;
  run(): Promise<Omit<BenchmarkResult, "ratio" | "peak_rss_mb">>;
}

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);
sampler.unref();

export function resetPeak(): void {
  peakRss = process.memoryUsage().rss;
}

export function peakRssMb(): number {
  return Math.round(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024);
}

/** Median wall time in milliseconds of `runs` calls after `warmup` unmeasured ones. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let index = 0; index < warmup; index++) await fn();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * Medians of two functions measured in alternation (a, b, a, b…): on a shared machine whose
 * load changes from one second to the next, both sides then see the same load and their ratio
 * stays meaningful, where measuring one after the other compares two different moments.
 */
export async function pairedMedianMs(
  a: () => unknown,
  b: () => unknown,
  runs = 15,
  warmup = 3,
): Promise<[number, number]> {
  for (let index = 0; index < warmup; index++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let index = 0; index < runs; index++) {
    for (const [side, fn] of [a, b].entries()) {
      const start = performance.now();
      await fn();
      times[side]!.push(performance.now() - start);
    }
  }
  const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
  return [median(times[0]), median(times[1])];
}
