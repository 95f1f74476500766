// `npm start` / `npm run serve`: the Node server from its prebuilt bundle, rebuilt first when
// the sources changed (a fresh clone, a pull, an edit), so what runs is always the code checked out.
import module from "node:module";
import { join } from "node:path";
import { BUNDLE, ROOT, buildServerBundle, bundleIsStale } from "./server-bundle.mjs";

// V8 keeps the bundle's compiled code on disk: later starts skip most of the parsing.
module.enableCompileCache?.(join(ROOT, "node_modules/.cache/cadre-compile"));

if (bundleIsStale()) await buildServerBundle();
const { runNodeServer } = await import(BUNDLE);
runNodeServer(process.argv.slice(2));
