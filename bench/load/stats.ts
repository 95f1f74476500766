/** Per-kind figures of an open-model run: p50, p99, max, errors and the rate achieved. */

import type { RunResult } from "./open-model";

export interface KindFigures {
  readonly kind: string;
  readonly count: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  readonly errors: number;
  /** Answers received per second of the run (successful or not). */
  readonly achieved_per_s: number;
  readonly first_error?: string;
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function figures(run: RunResult, kinds: readonly string[]): { all: KindFigures; byKind: KindFigures[] } {
  const seconds = run.elapsedMs / 1000;
  const of = (kind: string, pick: (sampleKind: string) => boolean): KindFigures => {
    const samples = run.samples.filter((sample) => pick(sample.kind));
    const sorted = samples.map((sample) => sample.latencyMs).sort((a, b) => a - b);
    const failed = samples.filter((sample) => !sample.ok);
    const round1 = (value: number) => Math.round(value * 10) / 10;
    return {
      kind,
      count: samples.length,
      p50_ms: round1(percentile(sorted, 50)),
      p99_ms: round1(percentile(sorted, 99)),
      max_ms: round1(sorted.at(-1) ?? 0),
      errors: failed.length,
      achieved_per_s: round1(samples.length / seconds),
      ...(failed[0]?.error ? { first_error: failed[0].error } : {}),
    };
  };
  return { all: of("total", () => true), byKind: kinds.map((kind) => of(kind, (sampleKind) => sampleKind === kind)) };
}
