/**
 * How each benchmark on a database grows with its size: our figure and the floor at each size,
 * divided by their figure at the smallest size. An indexed page read grows like the logarithm
 * of the base (the target: within 1.5× from 10,000 to 1,000,000 requests); a page that scans
 * or sorts its matches grows like the base.
 */

import type { BenchmarkResult } from "./harness";

export interface Growth {
  readonly name: string;
  /** Per size: our figure, the floor, and ours divided by ours at the smallest size. */
  readonly sizes: { size: number; ours: number; floor: number; ratio: number; growth: number }[];
}

export function growthOf(results: readonly BenchmarkResult[], sizes: readonly number[]): Growth[] {
  const names = [...new Set(results.filter((result) => result.size !== undefined).map((result) => result.name))];
  return names.map((name) => {
    const rows = sizes
      .map((size) => results.find((result) => result.name === name && result.size === size))
      .filter((result): result is BenchmarkResult => result !== undefined);
    const first = rows[0]?.ours ?? Number.NaN;
    return {
      name,
      sizes: rows.map((row) => ({
        size: row.size!,
        ours: row.ours,
        floor: row.floor,
        ratio: row.ratio,
        growth: Number((row.ours / first).toFixed(2)),
      })),
    };
  });
}

export function printGrowth(growth: readonly Growth[], sizes: readonly number[]): void {
  console.log(
    `\ncroissance (Cadre à chaque taille ÷ Cadre à ${sizes[0]} demandes ; entre crochets, rapport au plancher)`,
  );
  console.log(`${"".padEnd(20)}${sizes.map((size) => String(size).padStart(22)).join("")}`);
  for (const row of growth) {
    const cells = row.sizes.map((cell) => `${cell.ours} (×${cell.growth}) [${cell.ratio}]`.padStart(22));
    console.log(`${row.name.padEnd(20)}${cells.join("")}`);
  }
}
