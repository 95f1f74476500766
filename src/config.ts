/**
 * Settings read from the environment (process.env on Node, bindings on Workers), checked once
 * at start: a wrong combination stops the server with one French line instead of running unsafe.
 */

export interface AppConfig {
  readonly production: boolean;
  /** Demo accounts and one-click sign-in: only with CADRE_DEMO=1, never in production. */
  readonly demo: boolean;
  readonly sessionSecret: string;
  /** The address people use (behind a proxy the request URL may differ): used by the CSRF origin check. */
  readonly publicUrl: string | null;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const isOn = (value: string | undefined) => value === "1" || value === "true";

export function readConfig(env: Env, randomSecret: () => string): AppConfig {
  const production = (env.CADRE_ENV ?? env.NODE_ENV) === "production";
  const demo = isOn(env.CADRE_DEMO);
  if (production && demo) {
    throw new ConfigError(
      "La connexion de démonstration (CADRE_DEMO=1) est interdite en production (CADRE_ENV=production) : retirez l'une des deux.",
    );
  }
  const secret = env.SESSION_SECRET ?? "";
  if (production && secret.length < 32) {
    throw new ConfigError("SESSION_SECRET doit être défini en production (32 caractères au moins).");
  }
  return {
    production,
    demo,
    // Outside production a random secret is fine: sessions simply end when the server restarts.
    sessionSecret: secret || randomSecret(),
    publicUrl: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null,
  };
}
