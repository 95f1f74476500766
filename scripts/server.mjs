// `npm start` / `npm run serve`: the Node server from its prebuilt bundle, rebuilt first when
// the sources changed (a fresh clone, a pull, an edit), so what runs is always the code checked out.
import { BUNDLE, buildServerBundle, bundleIsStale } from "./server-bundle.mjs";

if (bundleIsStale()) await buildServerBundle();
const { runNodeServer } = await import(BUNDLE);
runNodeServer(process.argv.slice(2));
