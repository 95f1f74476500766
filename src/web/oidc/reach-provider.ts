/** Reaching the configured provider from a request: its discovered configuration, and our public origin. */

import type { Context } from "hono";
import type { Configuration } from "openid-client";
import type { AppEnv } from "../app-env";
import { providerConfiguration } from "./provider-client";

/** The provider's configuration, or null when it cannot be reached (logged, one line). */
export async function reachProvider(c: Context<AppEnv>): Promise<Configuration | null> {
  const { config } = c.var.deps;
  if (!config.oidc) return null;
  try {
    return await providerConfiguration(config.oidc, config.production);
  } catch (error) {
    logFailure(c, error);
    return null;
  }
}

/** Our address as people and the provider see it: PUBLIC_URL when set, else the request's origin. */
export const publicOrigin = (c: Context<AppEnv>) => c.var.deps.config.publicUrl ?? new URL(c.req.url).origin;

// The error's kind and code only: the provider's messages may carry personal data.
export function logFailure(c: Context<AppEnv>, error: unknown) {
  const name = error instanceof Error ? error.name : "unknown";
  const code = (error as { code?: unknown })?.code;
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.name})` : "";
  (c.var.deps.log ?? console.error)(
    `[cadre] OpenID Connect: ${c.req.path} failed: ${name}${typeof code === "string" ? ` ${code}` : ""}${cause}`,
  );
}
