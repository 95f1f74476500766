/**
 * Security headers from hono's own middleware. Scripts only from our origin (no inline
 * script anywhere); frames forbidden (frame-ancestors 'none', X-Frame-Options DENY); HSTS
 * only in production, where HTTPS is certain. Forms post to our origin only, plus the OpenID
 * Connect provider's: the sign-out form is redirected there to end the provider's session, and
 * browsers apply form-action to that redirect too.
 */

import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppConfig } from "../../config";
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

const byConfig = new WeakMap<AppConfig, MiddlewareHandler>();

function headersFor(config: AppConfig): MiddlewareHandler {
  let middleware = byConfig.get(config);
  if (!middleware) {
    const formAction = config.oidc ? ["'self'", new URL(config.oidc.issuer).origin] : ["'self'"];
    middleware = secureHeaders({
      contentSecurityPolicy: { ...contentSecurityPolicy, formAction },
      referrerPolicy: "same-origin",
      // hono's default is SAMEORIGIN, which contradicts frame-ancestors 'none': DENY says the
      // same thing to the browsers that only read this older header.
      xFrameOptions: "DENY",
      ...(config.production ? {} : { strictTransportSecurity: false }),
    });
    byConfig.set(config, middleware);
  }
  return middleware;
}

export const securityHeaders: MiddlewareHandler<AppEnv> = (c, next) => headersFor(c.var.deps.config)(c, next);
