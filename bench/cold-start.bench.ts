/**
 * Cold start: spawning the Node server exactly as `npm run serve` does (scripts/server.mjs,
 * the prebuilt bundle) on an existing migrated 100,000-request database until GET /sante
 * answers 200, against the same Node binary spawning a minimal node:http server until it
 * answers. npm's own start-up (~0.2 s, the same for any script) is left out of both.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { buildServerBundle, bundleIsStale } from "../scripts/server-bundle.mjs";
import { migrateLibsql, openLibsql } from "../src/storage/libsql";
import { type Benchmark, medianMs, round } from "./harness";
import { scaleDatabase } from "./scale-db";
import { freePort } from "../test/support/free-port";

const MINIMAL_SERVER =
  "require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')";

/** Milliseconds from spawn to the first 200 on `path`; the process is then stopped. */
async function timeToAnswer(args: string[], env: NodeJS.ProcessEnv, path: string): Promise<void> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`${args.join(" ")} n'a pas répondu`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}${path}`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((done) => setTimeout(done, 5));
    }
  } finally {
    child.kill("SIGKILL");
    await new Promise((done) => (child.exitCode !== null ? done(null) : child.once("exit", done)));
  }
}

export const coldStartBenchmarks: Benchmark[] = [
  {
    name: "cold-start",
    floor: "node avec un serveur node:http minimal",
    async run() {
      const file = scaleDatabase(100_000);
      const handle = openLibsql({ url: `file:${file}` });
      await migrateLibsql(handle); // "an existing migrated database"
      handle.client.close();
      if (bundleIsStale()) await buildServerBundle(); // as the first `npm start` after a pull would
      const env = { DATABASE_URL: `file:${file}`, CADRE_ENV: "development", CADRE_DEMO: "" };
      const ours = await medianMs(() => timeToAnswer(["scripts/server.mjs"], env, "/sante"), 7, 1);
      const baseline = await medianMs(() => timeToAnswer(["-e", MINIMAL_SERVER], {}, "/"), 7, 1);
      return { ours: round(ours, 0), floor: round(baseline, 0), unit: "ms" };
    },
  },
];
