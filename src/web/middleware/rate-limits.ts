/**
 * Rate limits with hono-rate-limiter over counters in our database (rate-limit-store.ts):
 * sign-in attempts per client address, uploads per user, API calls per token. Over the limit:
 * 429 with Retry-After and the RateLimit headers, as a French page, fragment or JSON error.
 */

import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { rateLimiter } from "hono-rate-limiter";
import { DEFAULT_RATE_LIMITS, type RateLimits } from "../../config";
import { sha256Hex } from "../../domain/digest";
import type { AppDeps, AppEnv } from "../app-env";
import { DatabaseStore } from "./rate-limit-store";

/**
 * Every sign-in route starts with one of these: each request under them counts as an attempt
 * (the OIDC redirect and its return included). A new sign-in route goes here, and only here.
 */
const SIGN_IN_PATHS = ["/connexion/demo", "/connexion/oidc"] as const;

export const isSignInPath = (path: string) =>
  SIGN_IN_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

type LimitName = keyof RateLimits;

const MESSAGES: Record<LimitName, string> = {
  signIn:
    "Trop de tentatives de connexion depuis votre adresse. Par sécurité, attendez quelques minutes avant de réessayer.",
  uploads:
    "Vous avez envoyé beaucoup de documents en peu de temps. Rien n'a été enregistré pour cet envoi : attendez un peu, puis recommencez.",
  api: "Trop d'appels avec ce jeton d'API. Attendez la durée indiquée par l'en-tête Retry-After avant de recommencer.",
};

/** A 429 whose French message onError shows; the limiter has already set the headers. */
export class RateLimitedError extends HTTPException {
  constructor(message: string) {
    super(429, { message });
  }
}

const KEYS: Record<LimitName, (c: Context<AppEnv>) => Promise<string | null>> = {
  signIn: async (c) => `sign-in:${clientAddress(c)}`,
  uploads: async (c) => (c.var.actor ? `uploads:${c.var.actor.userId}` : null),
  // The token's digest, never the token itself (bearerAuth has already checked it).
  api: async (c) => {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    return token ? `api:${(await sha256Hex(token)).slice(0, 32)}` : null;
  },
};

// One limiter per app (its store is bound to the app's database and clock).
const limiters = new WeakMap<AppDeps, Record<LimitName, MiddlewareHandler<AppEnv>>>();

/** The middleware that applies one of the three limits. */
export function rateLimit(name: LimitName): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    let forApp = limiters.get(c.var.deps);
    if (!forApp) {
      forApp = buildLimiters(c.var.deps);
      limiters.set(c.var.deps, forApp);
    }
    return forApp[name](c, next);
  };
}

function buildLimiters(deps: AppDeps): Record<LimitName, MiddlewareHandler<AppEnv>> {
  const limits = deps.config.rateLimits ?? DEFAULT_RATE_LIMITS;
  const build = (name: LimitName): MiddlewareHandler<AppEnv> =>
    rateLimiter<AppEnv>({
      windowMs: limits[name].windowMs,
      limit: limits[name].limit,
      standardHeaders: "draft-7",
      store: new DatabaseStore(deps.db, deps.now ?? Date.now, `${name}:`),
      // Requests without a key (no actor yet) are refused later by the route itself.
      skip: async (c) => (await KEYS[name](c)) === null,
      keyGenerator: async (c) => (await KEYS[name](c))!,
      handler: () => {
        throw new RateLimitedError(MESSAGES[name]);
      },
    });
  return { signIn: build("signIn"), uploads: build("uploads"), api: build("api") };
}

/**
 * The client's address: from the connection (the entry point knows how), or, only when
 * TRUST_PROXY is set, the last X-Forwarded-For entry, the one our own proxy appended (the ones
 * before it are whatever the client claimed). Unknown addresses share one counter.
 */
function clientAddress(c: Context<AppEnv>): string {
  const { config, clientAddress: fromConnection } = c.var.deps;
  if (config.trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return fromConnection?.(c) || "inconnue";
}
