/**
 * Sessions: a random id in a signed, HttpOnly, SameSite=Lax cookie, looked up in the sessions
 * table on each request so that sign-out and expiry take effect at once.
 */

import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { randomHex } from "../../domain/digest";
import {
  createSession,
  deleteSession,
  findOrganisation,
  findSessionIdToken,
  findSessionUser,
  toActor,
} from "../../storage/people-store";
import type { UserRow } from "../../storage/people-store";
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
    const user = await findSessionUser(db, sessionId, now(c));
    if (user) {
      const organisation = user.organisationId ? await findOrganisation(db, user.organisationId) : undefined;
      c.set("actor", toActor(user));
      c.set("viewer", { name: user.name, role: toActor(user).role, organisationName: organisation?.name });
      c.set("sessionId", sessionId);
    }
  }
  await next();
};

/**
 * Starts a fresh session (a new id at every sign-in) and ends the previous one. The provider's
 * ID token, when the user came through OpenID Connect, is kept for the sign-out.
 */
export async function signIn(c: Context<AppEnv>, user: UserRow, idToken: string | null = null): Promise<void> {
  const { db, config } = c.var.deps;
  if (c.var.sessionId) await deleteSession(db, c.var.sessionId);
  const id = randomHex(32);
  await createSession(db, id, user.id, now(c), SESSION_TTL_MS, idToken);
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
  let idToken: string | null = null;
  if (c.var.sessionId) {
    idToken = await findSessionIdToken(db, c.var.sessionId);
    await deleteSession(db, c.var.sessionId);
  }
  deleteCookie(c, cookieName(c), { path: "/", secure: config.production });
  return idToken;
}

export const now = (c: Context<AppEnv>) => (c.var.deps.now ?? Date.now)();
