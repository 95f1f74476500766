/** Large databases for the benchmarks, made once per size and schema by the seeding script and reused. */

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A short fingerprint of the migrations: a database kept in the temporary folder by another
 * branch (other migrations, or the same ones renumbered) is not reused, it would fail to migrate.
 */
export function schemaTag(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync("migrations").filter((file) => file.endsWith(".sql")).sort()) {
    hash.update(name).update(readFileSync(join("migrations", name)));
  }
  return hash.digest("hex").slice(0, 10);
}

export function scaleDatabase(requests: number): string {
  const file = join(tmpdir(), `cadre-bench-${requests}-${schemaTag()}.db`);
  if (!existsSync(file)) {
    execFileSync("npx", ["tsx", "scripts/seed-scale.ts", "--requests", String(requests), "--file", file], {
      stdio: "ignore",
    });
  }
  return file;
}
