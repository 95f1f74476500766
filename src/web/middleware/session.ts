/**
 * Sessions: a random id in a signed, HttpOnly, SameSite=Lax cookie, looked up in the sessions
 * table on each request so that sign-out and expiry take effect at once.
 */

import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { endSession } from "../../services/end-session";
import { resumeSession } from "../../services/resume-session";
import { startSession } from "../../services/start-session";
import type { AppEnv } from "../app-env";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const cookieName = (c: Context<AppEnv>) => (c.var.deps.config.production ? "__Host-cadre_session" : "cadre_session");

export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("actor", null);
  c.set("viewer", null);
  c.set("sessionId", null);
  const { db, config } = c.var.deps;
  const sessionId = await getSignedCookie(c, config.sessionSecret, cookieName(c));
  if (sessionId) {
    const session = await resumeSession(db, sessionId, now(c));
    if (session) {
      const { actor, organisationName } = session;
      c.set("actor", actor);
      c.set("viewer", { name: actor.name, role: actor.role, organisationName });
      c.set("sessionId", sessionId);
    }
  }
  await next();
};

/**
 * Starts a fresh session (a new id at every sign-in) and ends the previous one. The provider's
 * ID token, when the user came through OpenID Connect, is kept for the sign-out.
 */
export async function signIn(c: Context<AppEnv>, user: { id: number }, idToken: string | null = null): Promise<void> {
  const { db, config } = c.var.deps;
  const id = await startSession(
    db,
    { userId: user.id, replaces: c.var.sessionId, idToken, ttlMs: SESSION_TTL_MS },
    now(c),
  );
  await setSignedCookie(c, cookieName(c), id, config.sessionSecret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: config.production,
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  });
}

/** Ends our session; returns the provider's ID token when the session came through OpenID Connect. */
export async function signOut(c: Context<AppEnv>): Promise<string | null> {
  const { db, config } = c.var.deps;
  const idToken = c.var.sessionId ? await endSession(db, c.var.sessionId) : null;
  deleteCookie(c, cookieName(c), { path: "/", secure: config.production });
  return idToken;
}

export const now = (c: Context<AppEnv>) => (c.var.deps.now ?? Date.now)();
