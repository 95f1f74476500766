// `npm run build`: writes dist/node/server.mjs (also done by `npm install` and, when stale, by `npm start`).
import { BUNDLE, buildServerBundle } from "./server-bundle.mjs";

await buildServerBundle();
console.log(`server bundle written to ${BUNDLE}`);
