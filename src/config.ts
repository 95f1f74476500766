/**
 * Settings read from the environment (process.env on Node, bindings on Workers), checked once
 * at start: a wrong combination stops the server with one French line instead of running unsafe.
 */

import { INSECURE_DEV_KID, LEGACY_KID, type AuditKeys } from "./domain/audit-chain";
import { ConfigError } from "./domain/errors";
import type { DatapassSettings } from "./datapass/client";

export interface AppConfig {
  readonly production: boolean;
  /** Demo accounts and one-click sign-in: only with CADRE_DEMO=1, never in production. */
  readonly demo: boolean;
  readonly sessionSecret: string;
  /** The address people use (behind a proxy the request URL may differ): used by the CSRF origin check. */
  readonly publicUrl: string | null;
  /** Sign-in through an OpenID Connect provider (ProConnect), when its three settings are given. */
  readonly oidc?: OidcConfig | null;
  /** Absent in hand-built configs (tests, benchmarks): the defaults apply. */
  readonly rateLimits?: RateLimits;
  /** TRUST_PROXY=1: the client's address is the last one in X-Forwarded-For (set by our proxy). */
  readonly trustProxy?: boolean;
  /** OUTBOUND_ALLOW_LOOPBACK=1: outgoing requests may reach this machine (tests, demo; never production). */
  readonly outboundAllowLoopback?: boolean;
  /** The API Recherche d'entreprises, asked for an organisation's name from its SIRET. */
  readonly companyDirectoryUrl?: string;
  /** The keys that seal the audit chain (AUDIT_KEYS); absent in hand-built configs. */
  readonly auditKeys?: AuditKeys;
  /** The DataPass connector (docs/datapass.md), when its four settings are given; off otherwise. */
  readonly datapass?: DatapassSettings | null;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

/** At most `limit` hits per fixed window of `windowMs` for one key (an address, a user, a token). */
interface RateLimit {
  readonly limit: number;
  readonly windowMs: number;
}

export interface RateLimits {
  /** Sign-in attempts per client address. */
  readonly signIn: RateLimit;
  /** Requests carrying documents, per user (browser and API together). */
  readonly uploads: RateLimit;
  /** API calls per token. */
  readonly api: RateLimit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // Each ProConnect sign-in counts twice (start and return), and a town hall's agents often
  // share one address: 60 hits is about 30 sign-ins per quarter of an hour.
  signIn: { limit: 60, windowMs: 15 * 60_000 },
  uploads: { limit: 60, windowMs: 60 * 60_000 },
  api: { limit: 600, windowMs: 60_000 },
};

type Env = Record<string, string | undefined>;

const isOn = (value: string | undefined) => value === "1" || value === "true";

const isProduction = (env: Env) => (env.CADRE_ENV ?? env.NODE_ENV) === "production";

export function readConfig(env: Env, randomSecret: () => string): AppConfig {
  const production = isProduction(env);
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
  const outboundAllowLoopback = isOn(env.OUTBOUND_ALLOW_LOOPBACK);
  if (production && outboundAllowLoopback) {
    throw new ConfigError(
      "OUTBOUND_ALLOW_LOOPBACK=1 est interdit en production : Cadre ne doit pas pouvoir se connecter à sa propre machine.",
    );
  }
  return {
    production,
    oidc: readOidcConfig(env, production),
    demo,
    // Outside production a random secret is fine: sessions simply end when the server restarts.
    sessionSecret: secret || randomSecret(),
    publicUrl: env.PUBLIC_URL ? new URL(env.PUBLIC_URL).origin : null,
    rateLimits: {
      signIn: readRateLimit(env, "RATE_LIMIT_SIGN_IN", DEFAULT_RATE_LIMITS.signIn),
      uploads: readRateLimit(env, "RATE_LIMIT_UPLOADS", DEFAULT_RATE_LIMITS.uploads),
      api: readRateLimit(env, "RATE_LIMIT_API", DEFAULT_RATE_LIMITS.api),
    },
    trustProxy: isOn(env.TRUST_PROXY),
    outboundAllowLoopback,
    companyDirectoryUrl: readCompanyDirectoryUrl(env),
    auditKeys: readAuditKeys(env),
    datapass: readDatapassConfig(env, production),
  };
}

/** All four DataPass settings or none: a connector without its secret cannot check a webhook. */
function readDatapassConfig(env: Env, production: boolean): DatapassSettings | null {
  const names = ["DATAPASS_URL", "DATAPASS_CLIENT_ID", "DATAPASS_CLIENT_SECRET", "DATAPASS_WEBHOOK_SECRET"] as const;
  const [url, clientId, clientSecret, webhookSecret] = names.map((name) => env[name] ?? "");
  if (!url && !clientId && !clientSecret && !webhookSecret) return null;
  if (!url || !clientId || !clientSecret || !webhookSecret) {
    throw new ConfigError(`${names.join(", ")} vont ensemble : définissez les quatre, ou aucun.`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`DATAPASS_URL n'est pas une adresse valide : ${url}`);
  }
  if (production && parsed.protocol !== "https:")
    throw new ConfigError("DATAPASS_URL doit être une adresse https en production.");
  if (webhookSecret.length < 16) throw new ConfigError("DATAPASS_WEBHOOK_SECRET doit compter 16 caractères au moins.");
  return {
    url: parsed.href.replace(/\/+$/, ""),
    clientId: clientId!,
    clientSecret: clientSecret!,
    webhookSecret: webhookSecret!,
  };
}

/** The fixed development key: 32 bytes everybody can read in this file, so it proves nothing. */
const INSECURE_DEV_SECRET = new TextEncoder().encode("cadre-cle-de-dev-NON-SECRETE-000");

/**
 * AUDIT_KEYS="kid2:base64,kid1:base64": the first key seals, every key verifies (rotation keeps
 * the old ones listed). Required in production; elsewhere the fixed development key stands in.
 */
export function readAuditKeys(env: Env): AuditKeys {
  const raw = (env.AUDIT_KEYS ?? "").trim();
  if (!raw) {
    if (isProduction(env)) {
      throw new ConfigError(
        "AUDIT_KEYS doit être défini en production : « identifiant:clé en base64 » (32 octets au moins), par exemple « k2026:$(openssl rand -base64 32) ».",
      );
    }
    return { current: INSECURE_DEV_KID, secrets: new Map([[INSECURE_DEV_KID, INSECURE_DEV_SECRET]]), insecure: true };
  }
  const secrets = new Map<string, Uint8Array>();
  for (const entry of raw.split(",")) {
    const [kid = "", encoded = ""] = entry.trim().split(/:(.*)/s);
    // Never echo the entry itself: it may be a secret.
    if (!kid || !entry.includes(":")) {
      throw new ConfigError(
        "AUDIT_KEYS : chaque clé s'écrit « identifiant:clé en base64 », séparées par des virgules.",
      );
    }
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(kid) || kid === LEGACY_KID || kid === INSECURE_DEV_KID) {
      throw new ConfigError(
        `AUDIT_KEYS : identifiant de clé « ${kid} » refusé (lettres, chiffres, « . », « _ », « - », 64 au plus ; ni « ${LEGACY_KID} » ni « ${INSECURE_DEV_KID} »).`,
      );
    }
    if (secrets.has(kid)) throw new ConfigError(`AUDIT_KEYS : l'identifiant « ${kid} » apparaît deux fois.`);
    const secret = decodeBase64(encoded.trim());
    if (!secret || secret.length < 32) {
      throw new ConfigError(`AUDIT_KEYS : la clé « ${kid} » doit être du base64 de 32 octets au moins.`);
    }
    secrets.set(kid, secret);
  }
  return { current: secrets.keys().next().value!, secrets, insecure: false };
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** All three OIDC settings or none: half a configuration would show a button that cannot work. */
function readOidcConfig(env: Env, production: boolean): OidcConfig | null {
  const issuer = env.OIDC_ISSUER ?? "";
  const clientId = env.OIDC_CLIENT_ID ?? "";
  const clientSecret = env.OIDC_CLIENT_SECRET ?? "";
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new ConfigError(
      "OIDC_ISSUER, OIDC_CLIENT_ID et OIDC_CLIENT_SECRET vont ensemble : définissez les trois, ou aucun.",
    );
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigError(`OIDC_ISSUER n'est pas une adresse valide : ${issuer}`);
  }
  if (production && url.protocol !== "https:") {
    throw new ConfigError("OIDC_ISSUER doit être une adresse https en production.");
  }
  return { issuer: url.href, clientId, clientSecret };
}

export const DEFAULT_COMPANY_DIRECTORY_URL = "https://recherche-entreprises.api.gouv.fr";

function readCompanyDirectoryUrl(env: Env): string {
  const raw = env.RECHERCHE_ENTREPRISES_URL || DEFAULT_COMPANY_DIRECTORY_URL;
  try {
    return new URL(raw).href.replace(/\/$/, "");
  } catch {
    throw new ConfigError(`RECHERCHE_ENTREPRISES_URL n'est pas une adresse valide : ${raw}`);
  }
}

/** "20/900": 20 hits per 900 seconds. */
function readRateLimit(env: Env, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(raw.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(
      `${name} doit s'écrire « nombre/secondes », par exemple « 20/900 » pour 20 requêtes par quart d'heure (reçu : « ${raw} »).`,
    );
  }
  return { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}
