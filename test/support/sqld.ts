/**
 * A real libSQL server (sqld) for tests: one process per call, on a free loopback port, with
 * its own fresh database folder under the run's root. Every process leaves a pid file there,
 * so the global teardown can stop what a crashed worker left behind.
 */

import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { freePort } from "./free-port";

export interface SqldServer {
  readonly url: string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A worker that ends without stopping its servers still takes them down with it.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startSqld(binary: string, root: string): Promise<SqldServer> {
  const dir = mkdtempSync(join(root, "sqld-"));
  // sqld prints no bound port for :0, so ask the kernel for a free one; a lost race just retries.
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(
      binary,
      ["--db-path", join(dir, "db"), "--http-listen-addr", `127.0.0.1:${port}`, "--no-welcome"],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    running.add(child);
    child.once("exit", () => running.delete(child));
    writeFileSync(join(dir, "pid"), String(child.pid));
    const url = `http://127.0.0.1:${port}`;
    if (await healthy(url, child)) {
      return {
        url,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      };
    }
    child.kill("SIGKILL");
    if (attempt >= 3) throw new Error(`sqld did not start on ${url}: ${stderr}`);
  }
}

async function healthy(url: string, child: ChildProcess): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/health`)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 20));
  }
  return false;
}
