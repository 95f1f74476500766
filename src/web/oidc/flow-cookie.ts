/**
 * The state, nonce and PKCE verifier of one sign-in, kept between the redirect to the provider
 * and its callback in a short-lived signed, HttpOnly cookie scoped to the callback's path.
 */

import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { AppEnv } from "../app-env";
import type { SignInFlow } from "./provider-client";

const FLOW_TTL_SECONDS = 10 * 60;
const PATH = "/connexion/oidc";

const cookieName = (c: Context<AppEnv>) => (c.var.deps.config.production ? "__Secure-cadre_oidc" : "cadre_oidc");

export async function keepFlow(c: Context<AppEnv>, flow: SignInFlow, now: number): Promise<void> {
  const value = JSON.stringify({ ...flow, expiresAt: now + FLOW_TTL_SECONDS * 1000 });
  await setSignedCookie(c, cookieName(c), value, c.var.deps.config.sessionSecret, {
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level GET navigation, which Lax lets through.
    sameSite: "Lax",
    secure: c.var.deps.config.production,
    path: PATH,
    maxAge: FLOW_TTL_SECONDS,
  });
}

/** The flow of this browser, used once: the cookie is deleted whatever happens next. */
export async function takeFlow(c: Context<AppEnv>, now: number): Promise<SignInFlow | null> {
  const raw = await getSignedCookie(c, c.var.deps.config.sessionSecret, cookieName(c));
  deleteCookie(c, cookieName(c), { path: PATH, secure: c.var.deps.config.production });
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<SignInFlow & { expiresAt: number }>;
    // The signature proves we wrote it; the date inside bounds it even if the browser kept it longer.
    if (typeof parsed.expiresAt !== "number" || parsed.expiresAt < now) return null;
    if (!parsed.state || !parsed.nonce || !parsed.verifier) return null;
    return { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier };
  } catch {
    return null;
  }
}
