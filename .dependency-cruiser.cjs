/**
 * The layers of Cadre and the imports each may make (`npm run lint:boundaries`, also run by
 * `npm test`). A layer only looks down:
 *
 *   domain  <-  documents, rules  <-  annotator  <-  storage, exports, notifications
 *           <-  services  <-  web, views  <-  entry
 *
 * docs/architecture.md explains each layer. TypeScript 7 has no compiler API yet, so
 * dependency-cruiser parses with swc, which cannot tell `import type` apart: every import
 * counts, types included. Types that pages need live in src/domain or in the types-only
 * src/services/read-models.ts (test/services/read-models.test.ts keeps it types-only).
 */

// The only imports against the layers, each with its reason. Keep this list short.
const EXCEPTIONS = {
  // The lead is rewriting src/rules and src/annotator: the rules' text helpers (fold, normalise)
  // still live in src/documents, and the annotator's motivation and suggestion import each other.
  rulesTextHelpers: "^src/documents/(fold|normalize)\\.ts$",
  annotatorCycle: "^src/annotator/(motivation|suggest)\\.ts$",
  // Storage names the shapes it stores (an extraction, a request's annotation): type imports only.
  storedShapes: "^src/(documents/extraction-types|annotator/annotate-request)\\.ts$",
};

// Paths as resolved: npm packages under node_modules/, Node's built-ins by name.
const NODE_BUILTINS = "^(node:)?(fs|path|crypto|os|child_process|worker_threads|url|module)$";
const LIBRARIES = (names) => `^node_modules/(${names})/`;
const RUNTIME_LIBRARIES = [NODE_BUILTINS, LIBRARIES("hono|drizzle-orm|@libsql/client|@hono/node-server")];

/** A rule forbidding imports from `from` to `to` (regular expressions on paths). */
const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from, to });

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A cycle makes two modules one: move the shared part into a lower module.",
      severity: "error",
      from: { pathNot: EXCEPTIONS.annotatorCycle },
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module nobody imports is dead code (entries and type declarations aside).",
      severity: "error",
      from: { orphan: true, pathNot: ["^src/entry/", "\\.d\\.ts$"] },
      to: {},
    },
    forbid(
      "domain-is-pure",
      "src/domain is pure TypeScript: no other layer, no runtime library.",
      { path: "^src/domain/" },
      { path: ["^src/(?!domain/)", "^views/", ...RUNTIME_LIBRARIES] },
    ),
    forbid(
      "documents-need-the-domain-only",
      "Turning an upload into text needs the domain only.",
      { path: "^src/documents/" },
      { path: "^(src/(?!documents/|domain/)|views/)" },
    ),
    forbid(
      "rules-only-report",
      "Rules read text and report findings: the domain and the text helpers, nothing else.",
      { path: "^src/rules/" },
      { path: ["^src/(?!rules/|domain/)", "^views/", ...RUNTIME_LIBRARIES], pathNot: EXCEPTIONS.rulesTextHelpers },
    ),
    forbid(
      "annotator-runs-rules",
      "The annotator runs the rules over texts: no storage, service, web or view.",
      { path: "^src/annotator/" },
      { path: "^(src/(?!annotator/|rules/|domain/|documents/)|views/)" },
    ),
    forbid(
      "storage-below-services",
      "Storage is used by services and entries; it knows the domain only (and the shapes it stores).",
      { path: "^src/storage/" },
      { path: "^(src/(?!storage/|domain/)|views/)", pathNot: EXCEPTIONS.storedShapes },
    ),
    forbid(
      "exports-and-notifications-below-services",
      "File writers and the outbox use storage and the domain; services and entries use them.",
      { path: "^src/(exports|notifications)/" },
      { path: "^(src/(services|web|entry|demo|rules|annotator|documents)/|views/)" },
    ),
    forbid(
      "services-run-on-the-edge",
      "Services run on Node and on Workers: no web layer, view or entry, no Node-only module.",
      { path: "^src/services/" },
      { path: ["^(src/(web|entry)/|views/)", NODE_BUILTINS, LIBRARIES("@libsql/client|@hono/node-server")] },
    ),
    forbid(
      "services-build-no-query",
      "Services call storage functions and run their statements: queries and event rows are built in src/storage.",
      { path: "^src/services/" },
      { path: [LIBRARIES("drizzle-orm"), "^src/storage/schema\\.ts$"] },
    ),
    forbid(
      "web-through-services",
      "Routes parse, call a service and render: never storage, the rules, the reader or the outbox.",
      { path: "^src/web/" },
      { path: "^src/(storage|rules|annotator|notifications|demo|entry)/" },
    ),
    forbid(
      "views-are-pure",
      "Views are functions of plain data: the domain, other views and the services' read models.",
      { path: "^views/" },
      { path: ["^src/(?!domain/|services/read-models\\.ts$)", NODE_BUILTINS, LIBRARIES("drizzle-orm|@libsql/client")] },
    ),
    forbid(
      "only-entries-know-the-runtime",
      "Only entries, the storage adapters and the Node reader know which runtime they run on.",
      { pathNot: "^(src/entry/|src/storage/(libsql|table-copy)\\.ts$|src/documents/(ocr-node|rasterise-node)\\.ts$)" },
      { path: [LIBRARIES("@libsql/client|@hono/node-server"), "^(node:)?(worker_threads|child_process)$"] },
    ),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|test|bench|scripts)/" },
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
