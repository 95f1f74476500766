// The Node server as one prebuilt ES module (dist/node/server.mjs), made by esbuild (tsx's own).
// Why: compiling TypeScript on the fly and resolving hundreds of package files (drizzle-orm's
// package.json alone is 180 kB of exports) made a cold start take 2 s; the bundle starts in
// about half a second. Native or worker-spawning packages stay outside the bundle.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// Two levels deep like src/entry/, so the server's paths to migrations/ and public/ still hold.
export const BUNDLE = join(ROOT, "dist/node/server.mjs");
const SOURCES = ["src", "views", "package-lock.json", "scripts/server-bundle.mjs"];

export async function buildServerBundle() {
  const { build } = await import("esbuild");
  await build({
    entryPoints: [join(ROOT, "src/entry/node.ts")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    jsx: "automatic",
    jsxImportSource: "hono/jsx",
    external: ["libsql", "@napi-rs/canvas", "tesseract.js", "unpdf"],
    // Bundled CommonJS packages call require(): give the module one.
    banner: {
      js: "import { createRequire as __cadreRequire } from 'node:module'; const require = __cadreRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
}

/** True when the bundle is missing or older than any source file (a pull, an edit). */
export function bundleIsStale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}
