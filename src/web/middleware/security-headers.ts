/**
 * Security headers from hono's own middleware. Scripts only from our origin (no inline
 * script anywhere); frames forbidden; HSTS only in production, where HTTPS is certain.
 */

import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../app-env";

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // DSFR draws some icons and controls as data: SVG backgrounds.
  imgSrc: ["'self'", "data:"],
  styleSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
};

const development = secureHeaders({
  contentSecurityPolicy,
  strictTransportSecurity: false,
  referrerPolicy: "same-origin",
});
const production = secureHeaders({ contentSecurityPolicy, referrerPolicy: "same-origin" });

export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) =>
  (c.var.deps.config.production ? production : development)(c, next);
