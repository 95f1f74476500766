// Copies the DSFR and htmx from node_modules into public/static, so both runtimes serve them
// from our own origin (no CDN). Runs after `npm ci`; the copies are not committed.
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dsfr = join(root, "node_modules/@gouvfr/dsfr/dist");
const target = join(root, "public/static");

rmSync(join(target, "dsfr"), { recursive: true, force: true });
mkdirSync(join(target, "dsfr/utility/icons"), { recursive: true });
for (const file of ["dsfr.min.css", "dsfr.module.min.js", "dsfr.nomodule.min.js"]) {
  cpSync(join(dsfr, file), join(target, "dsfr", file));
}
cpSync(join(dsfr, "utility/icons/icons.min.css"), join(target, "dsfr/utility/icons/icons.min.css"));
for (const folder of ["fonts", "icons", "favicon"]) {
  cpSync(join(dsfr, folder), join(target, "dsfr", folder), { recursive: true });
}
cpSync(join(root, "node_modules/htmx.org/dist/htmx.min.js"), join(target, "htmx.min.js"));
console.log("DSFR and htmx copied to public/static");
