/**
 * What the router knows about an address, for the answers hono does not give by itself: a 405
 * (the address exists for other methods) instead of a 404, and the page a form's action belongs
 * to, so that a refused form or a reload of its address comes back to that page.
 */

import type { Hono } from "hono";
import type { AppEnv } from "./app-env";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type RouteMatches = [[[unknown, { method: string }], unknown][]];

function hasRoute(app: Hono<AppEnv>, method: string, path: string): boolean {
  const [matches] = app.router.match(method, path) as unknown as RouteMatches;
  // Middleware is registered for ALL methods: only real routes count.
  return matches.some(([[, route]]) => route.method !== "ALL");
}

/** The methods some route answers at this path (GET brings HEAD along). */
export function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  return METHODS.filter((method) => hasRoute(app, method, path)).flatMap((method) =>
    method === "GET" ? ["GET", "HEAD"] : [method],
  );
}

/**
 * The page a path belongs to: itself when it is a page (GET), else its parent when that is one
 * (`/instruction/demandes/42/refuser` → `/instruction/demandes/42`, `/admin/utilisateurs/4` →
 * `/admin/utilisateurs`); null otherwise.
 */
export function pageFor(app: Hono<AppEnv>, path: string): string | null {
  if (hasRoute(app, "GET", path)) return path;
  const parent = path.replace(/\/[^/]+\/?$/, "");
  return parent && hasRoute(app, "GET", parent) ? parent : null;
}
