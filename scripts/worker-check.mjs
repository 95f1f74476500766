// `npm run worker:check`: builds the Worker exactly as `wrangler deploy` would upload it (minified,
// see wrangler.toml), prints its compressed size against the 1 MiB we aim for, then boots that very
// file in Miniflare (workerd, with a local D1 migrated from migrations/) and checks that a page,
// the health check and the cron handler answer: a minifier that broke the bundle shows here.

import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

const root = resolve(import.meta.dirname, "..");
const outdir = resolve(root, "dist/worker");
const BUDGET_KIB = 1024;

const output = execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
});
const sizes = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(output);
if (!sizes) {
  console.error(output);
  console.error("Taille du Worker introuvable dans la sortie de wrangler.");
  process.exit(1);
}
const gzip = Number(sizes[2]);
console.log(
  `Worker : ${sizes[1]} KiB, ${gzip} KiB compressé (gzip) — objectif < ${BUDGET_KIB} KiB, marge ${(BUDGET_KIB - gzip).toFixed(2)} KiB`,
);

const toml = readFileSync(resolve(root, "wrangler.toml"), "utf8");
const compatibilityDate = /^compatibility_date = "([^"]+)"/m.exec(toml)[1];
const compatibilityFlags = JSON.parse(/^compatibility_flags = (\[.*\])/m.exec(toml)[1]);
// Miniflare 5 (wrangler's own) still reads the v4 option shape through its converter.
const mf = new Miniflare(
  convertV4MiniflareOptions({
    workers: [
      {
        name: "cadre",
        modules: true,
        scriptPath: resolve(outdir, "worker.js"),
        compatibilityDate,
        compatibilityFlags,
        d1Databases: ["DB"],
        kvNamespaces: ["AUDIT_CHECKPOINTS"],
        bindings: { CADRE_ENV: "development" },
      },
    ],
  }),
);
const failures = [];
try {
  const db = await mf.getD1Database("DB");
  const migrations = readdirSync(resolve(root, "migrations"))
    .filter((name) => name.endsWith(".sql"))
    .sort();
  for (const name of migrations) {
    const text = readFileSync(resolve(root, "migrations", name), "utf8");
    for (const statement of text.split("--> statement-breakpoint")) {
      if (statement.replace(/--.*$/gm, "").trim()) await db.prepare(statement).run();
    }
  }
  const health = await mf.dispatchFetch("http://localhost/sante");
  if (health.status !== 200) failures.push(`/sante a répondu ${health.status}`);
  const login = await mf.dispatchFetch("http://localhost/connexion");
  const page = await login.text();
  if (login.status !== 200 || !page.includes("Connexion")) failures.push(`/connexion a répondu ${login.status}`);
  const worker = await mf.getWorker();
  const cron = await worker.scheduled({ cron: "*/5 * * * *" });
  if (cron.outcome !== "ok") failures.push(`le cron a fini en « ${cron.outcome} »`);
} finally {
  await mf.dispose();
}
if (gzip >= BUDGET_KIB) failures.push(`le Worker compressé dépasse ${BUDGET_KIB} KiB`);
if (failures.length > 0) {
  console.error(`Worker refusé : ${failures.join(" ; ")}.`);
  process.exit(1);
}
console.log("Worker minifié démarré dans workerd : /sante, /connexion et le cron répondent.");
