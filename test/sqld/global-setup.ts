/**
 * Global setup of the sqld suite: fetches the pinned sqld binary (scripts/ensure-sqld.sh) and
 * gives the test files its path and a temporary root for their databases. The teardown stops
 * any server a worker left running and removes the databases.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    sqldBinary: string;
    sqldRoot: string;
  }
}

export default function setup(project: TestProject) {
  const binary = execFileSync("bash", ["scripts/ensure-sqld.sh"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  const root = mkdtempSync(join(tmpdir(), "cadre-sqld-"));
  project.provide("sqldBinary", binary);
  project.provide("sqldRoot", root);
  return () => {
    for (const name of readdirSync(root)) {
      try {
        process.kill(Number(readFileSync(join(root, name, "pid"), "utf8")), "SIGKILL");
      } catch {
        // Already stopped.
      }
    }
    rmSync(root, { recursive: true, force: true });
  };
}
