/** Large databases for the benchmarks, made once per size by the seeding script and reused. */

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function scaleDatabase(requests: number): string {
  const file = join(tmpdir(), `cadre-bench-${requests}.db`);
  if (!existsSync(file)) {
    execFileSync("npx", ["tsx", "scripts/seed-scale.ts", "--requests", String(requests), "--file", file], {
      stdio: "ignore",
    });
  }
  return file;
}
