/**
 * No write path bypasses a service: every route of the app that is not a GET is found in the
 * route files (parsed with swc, the parser the boundary check uses) and must call exactly one
 * service verb, directly or through the web layer's helpers, and never touch the database
 * itself. Queries (services whose file starts with get-, list-, find-, export-, load-, check-,
 * download-, resume- or authenticate-) may be called as often as the page needs.
 */

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseSync } from "@swc/core";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/web/app";
import { createHarness } from "../support/harness";

const ROOT = resolve(import.meta.dirname, "../..");
// Every route file, so that a new one is checked without being listed here.
const ROUTE_FILES = readdirSync(join(ROOT, "src/web/routes"))
  .filter((name) => /-routes\.tsx?$/.test(name))
  .map((name) => join(ROOT, "src/web/routes", name));
const QUERY = /^(get|list|find|export|load|check|download|resume|authenticate)-|^(read-models|context)$/;
const DB_WRITES = new Set(["insert", "update", "delete", "batch", "run", "execute"]);
const METHODS = new Set(["get", "post", "put", "patch", "delete"]);

type Node = { type?: string; [key: string]: unknown };
interface Module {
  readonly file: string;
  /** local name → where it comes from (an absolute path without extension) and its exported name */
  readonly imports: Map<string, { from: string; name: string }>;
  /** top-level functions and arrow constants by name */
  readonly functions: Map<string, Node>;
  readonly ast: Node;
}

const modules = new Map<string, Module>();

function load(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const ast = parseSync(readFileSync(file, "utf8"), {
    syntax: "typescript",
    tsx: file.endsWith(".tsx"),
  }) as unknown as Node;
  const imports = new Map<string, { from: string; name: string }>();
  const functions = new Map<string, Node>();
  for (const item of ast.body as Node[]) {
    const statement = (item.type === "ExportDeclaration" ? item.declaration : item) as Node;
    if (statement.type === "ImportDeclaration" && !statement.typeOnly) {
      const source = (statement.source as { value: string }).value;
      if (!source.startsWith(".")) continue;
      for (const specifier of statement.specifiers as Node[]) {
        const local = (specifier.local as { value: string }).value;
        const imported = (specifier.imported as { value: string } | undefined)?.value ?? local;
        imports.set(local, { from: resolve(dirname(file), source), name: imported });
      }
    }
    if (statement.type === "FunctionDeclaration")
      functions.set((statement.identifier as { value: string }).value, statement);
    if (statement.type === "VariableDeclaration") {
      for (const declaration of statement.declarations as Node[]) {
        const id = declaration.id as Node;
        const init = declaration.init as Node | undefined;
        if (id.type === "Identifier" && init && /Function|Arrow/.test(init.type ?? ""))
          functions.set(id.value as string, init);
      }
    }
  }
  const module = { file, imports, functions, ast };
  modules.set(file, module);
  return module;
}

function sourceFile(path: string): string {
  for (const extension of [".ts", ".tsx"]) {
    try {
      readFileSync(path + extension);
      return path + extension;
    } catch {
      // try the next extension
    }
  }
  throw new Error(`no source for ${path}`);
}

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) for (const child of node) walk(child, visit);
  else if (node && typeof node === "object") {
    if ("type" in node) visit(node as Node);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

/** Does this callee's object chain name a database handle (`db`, `deps.db`, `ctx.db`…)? */
function onDatabase(node: Node): boolean {
  let found = false;
  walk(node, (inner) => {
    if (inner.type === "Identifier" && inner.value === "db") found = true;
  });
  return found;
}

interface Calls {
  readonly verbs: Set<string>;
  readonly databaseWrites: string[];
}

/** The service verbs reached from `node` in `module`, following the web layer's own helpers. */
function callsFrom(module: Module, node: unknown, seen = new Set<Node>()): Calls {
  const calls: Calls = { verbs: new Set(), databaseWrites: [] };
  const merge = (more: Calls) => {
    for (const verb of more.verbs) calls.verbs.add(verb);
    calls.databaseWrites.push(...more.databaseWrites);
  };
  walk(node, (inner) => {
    if (inner.type !== "CallExpression") return;
    const callee = inner.callee as Node;
    if (callee.type === "MemberExpression") {
      const property = (callee.property as Node).value as string | undefined;
      if (property && DB_WRITES.has(property) && onDatabase(callee.object as Node)) {
        calls.databaseWrites.push(`${relative(ROOT, module.file)}: .${property}(…)`);
      }
      return;
    }
    if (callee.type !== "Identifier") return;
    const name = callee.value as string;
    const local = module.functions.get(name);
    if (local && !seen.has(local)) {
      seen.add(local);
      merge(callsFrom(module, local, seen));
      return;
    }
    const imported = module.imports.get(name);
    if (!imported) return;
    const path = relative(ROOT, imported.from);
    if (path.startsWith("src/services/")) {
      const file = path.slice("src/services/".length);
      if (!QUERY.test(file)) calls.verbs.add(`${file}.${imported.name}`);
    } else if (path.startsWith("src/web/")) {
      const helperModule = load(sourceFile(imported.from));
      const helper = helperModule.functions.get(imported.name);
      if (helper && !seen.has(helper)) {
        seen.add(helper);
        merge(callsFrom(helperModule, helper, seen));
      }
    }
  });
  return calls;
}

interface Registration {
  readonly method: string;
  readonly path: RegExp;
  readonly exact: string | null;
  readonly calls: Calls;
  readonly where: string;
}

/** Every `xxxRoutes.<method>(path, ...handlers)` of the route files, with what its handlers call. */
function registrations(): Registration[] {
  const found: Registration[] = [];
  for (const file of ROUTE_FILES) {
    const module = load(file);
    walk(module.ast, (node) => {
      if (node.type !== "CallExpression") return;
      const callee = node.callee as Node;
      if (callee.type !== "MemberExpression") return;
      const object = callee.object as Node;
      const method = (callee.property as Node).value as string;
      if (object.type !== "Identifier" || !String(object.value).endsWith("Routes") || !METHODS.has(method)) return;
      const [first, ...handlers] = (node.arguments as { expression: Node }[]).map((argument) => argument.expression);
      let exact: string | null = null;
      let pattern: string;
      if (first!.type === "StringLiteral") {
        exact = first!.value as string;
        pattern = exact.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
      } else if (first!.type === "TemplateLiteral") {
        pattern = (first!.quasis as { raw: string }[]).map((quasi) => quasi.raw).join("[^/]+");
      } else return;
      // Middleware factories (allow(…), rate limits) are calls, not handlers: only functions are followed.
      const calls = callsFrom(
        module,
        handlers.filter((handler) => /Function|Arrow/.test(handler.type ?? "")),
      );
      found.push({
        method: method.toUpperCase(),
        path: new RegExp(`^${pattern}$`),
        exact,
        calls,
        where: relative(ROOT, file),
      });
    });
  }
  return found;
}

describe("every write goes through one service verb", async () => {
  const harness = await createHarness();
  const app = createApp({
    db: harness.db,
    config: { production: false, demo: false, sessionSecret: "x", publicUrl: null },
  });
  const writes = [
    ...new Set(
      app.routes
        .filter((route) => route.method !== "ALL" && route.method !== "GET")
        .map((route) => `${route.method} ${route.path}`),
    ),
  ];
  const found = registrations();

  it("finds the app's write routes", () => {
    expect(writes.length).toBeGreaterThan(20);
  });

  it.each(writes)("%s calls exactly one service verb and writes nothing itself", (route) => {
    const [method, path] = route.split(" ") as [string, string];
    const candidates = found.filter((registration) => registration.method === method);
    const registration =
      candidates.find((candidate) => candidate.exact === path) ??
      candidates.find((candidate) => candidate.exact === null && candidate.path.test(path));
    expect(registration, `${route} is registered in one of the route files`).toBeDefined();
    expect(registration!.calls.databaseWrites).toEqual([]);
    expect([...registration!.calls.verbs], `${route} (${registration!.where})`).toHaveLength(1);
  });
});
