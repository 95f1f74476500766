/**
 * The benchmark harness: each benchmark measures our figure and its floor in the same run (same
 * machine, same moment), so the ratio means something on any machine. A floor is physical: what
 * the work costs done by hand without our code (the indexed query a careful engineer would
 * write, the reference tool), never our own SQL, so that a slow query cannot be its own floor.
 * Times are the median of several runs after a warm-up; peak memory is the process's highest RSS.
 */

export interface Measured {
  readonly ours: number;
  readonly floor: number;
  readonly unit: string;
  readonly note?: string;
  /** The floor's own peak memory when it runs in another process (sqlite3). */
  readonly floor_peak_rss_mb?: number;
  /** Our own peak memory when Cadre runs in another process (the real server), else the bench's. */
  readonly ours_peak_rss_mb?: number;
}

export interface BenchmarkResult extends Measured {
  readonly name: string;
  /** Requests in the database, for the benchmarks that run on one. */
  readonly size?: number;
  /** What the floor is, in words. */
  readonly floor_is: string;
  readonly ratio: number;
  /** The highest ratio we aim for, and whether this run meets it. */
  readonly target?: number;
  readonly within_target?: boolean;
  readonly peak_rss_mb: number;
  readonly peak_rss_target_mb?: number;
}

export interface Benchmark {
  readonly name: string;
  readonly floor: string;
  readonly target?: number;
  readonly peakRssTargetMb?: number;
  /** Runs on a database of `size` requests, and so takes part in `--sizes`. */
  readonly sized?: boolean;
  run(size: number): Promise<Measured>;
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
