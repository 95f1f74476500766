/**
 * The real Node server for the load test and the export benchmark: the bundle `npm run serve`
 * runs, with its environment, production settings, no demo, on loopback only, `CADRE_WORKERS`
 * processes, over the prepared database.
 */

import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../../test/support/free-port";
import { SESSION_SECRET } from "./fixture";
import { LOAD_AUDIT_KEYS, LOAD_CHECKPOINT_FILE } from "./audit";

export interface RunningServer {
  readonly origin: string;
  /** The server's process id (the primary's, with several workers). */
  readonly pid: number;
  readonly stop: () => Promise<void>;
  readonly log: () => string;
}

export async function startServer(
  file: string,
  workers: number,
  overrides: Readonly<Record<string, string>> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      CADRE_ENV: "production",
      AUDIT_KEYS: LOAD_AUDIT_KEYS,
      AUDIT_CHECKPOINT_FILE: LOAD_CHECKPOINT_FILE,
      CADRE_DEMO: "",
      SESSION_SECRET,
      DATABASE_URL: `file:${file}`,
      HOST: "127.0.0.1",
      PORT: String(port),
      // The dispatcher seals new events during the run, as in production (every second here).
      OUTBOX_INTERVAL_MS: "1000",
      CADRE_WORKERS: String(workers),
      // As `npm run serve` sets it (docs/deployment.md): the export's reading thread would
      // otherwise leave glibc arenas resident after each export.
      MALLOC_ARENA_MAX: "2",
      // The seeded requests waited months for their tariff acts: the follow-up would remind and
      // close thousands of them at start, a one-off catch-up that is not the workload measured.
      TARIFF_ACT_REMINDER_DAYS: "0",
      TARIFF_ACT_CLOSE_DAYS: "0",
      ...overrides,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  server.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((done) => server.once("exit", done));
    server.kill("SIGTERM");
    const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(origin, Date.now() + 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: server.pid!, stop, log: () => log };
}

async function waitForHealth(origin: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/sante`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error("le serveur n'a pas répondu sur /sante à temps");
}

/**
 * Waits until the server answers promptly again: after a saturated step it still works through
 * requests the generator abandoned (it cannot know), and the next step would measure that
 * backlog. Drained: three health checks in a row answered within 20 ms. At most two minutes.
 */
export async function waitForDrain(origin: string, deadline = Date.now() + 120_000): Promise<void> {
  for (let prompt = 0; prompt < 3 && Date.now() < deadline; ) {
    const start = performance.now();
    try {
      const response = await fetch(`${origin}/sante`, { signal: AbortSignal.timeout(10_000) });
      await response.arrayBuffer();
      prompt = response.ok && performance.now() - start < 20 ? prompt + 1 : 0;
    } catch {
      prompt = 0;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}
