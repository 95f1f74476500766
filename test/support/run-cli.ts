/**
 * The real `cadre` command (src/entry/cli.ts through tsx), started asynchronously: a blocking
 * spawn would freeze a server the test runs in the same process. Output is stdout and stderr.
 */

import { spawn } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), ["src/entry/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return new Promise((done) => child.once("close", (code) => done({ code, output })));
}
