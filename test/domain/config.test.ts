/** Start-up settings: the demo can never run in production, and production needs a real secret. */

import { describe, expect, it } from "vitest";
import { DEFAULT_RATE_LIMITS, readAuditKeys, readConfig } from "../../src/config";
import { INSECURE_DEV_KID } from "../../src/domain/audit-chain";
import { ConfigError } from "../../src/domain/errors";

const secret = () => "generated";
const KEY = btoa("k".repeat(32));
const AUDIT_KEYS = `k1:${KEY}`;

describe("readConfig", () => {
  it("defaults to development without the demo", () => {
    expect(readConfig({}, secret)).toEqual({
      production: false,
      demo: false,
      sessionSecret: "generated",
      publicUrl: null,
      oidc: null,
      rateLimits: DEFAULT_RATE_LIMITS,
      trustProxy: false,
      outboundAllowLoopback: false,
      companyDirectoryUrl: "https://recherche-entreprises.api.gouv.fr",
      auditKeys: expect.objectContaining({ current: INSECURE_DEV_KID, insecure: true }),
      datapass: null,
    });
  });

  it("allows outgoing requests to loopback only outside production", () => {
    expect(readConfig({ OUTBOUND_ALLOW_LOOPBACK: "1" }, secret).outboundAllowLoopback).toBe(true);
    expect(() =>
      readConfig({ CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32), OUTBOUND_ALLOW_LOOPBACK: "1" }, secret),
    ).toThrow(/OUTBOUND_ALLOW_LOOPBACK=1 est interdit en production/);
  });

  it("reads the company directory's address", () => {
    expect(readConfig({ RECHERCHE_ENTREPRISES_URL: "http://127.0.0.1:9/" }, secret).companyDirectoryUrl).toBe(
      "http://127.0.0.1:9",
    );
    expect(() => readConfig({ RECHERCHE_ENTREPRISES_URL: "nulle part" }, secret)).toThrow(/RECHERCHE_ENTREPRISES_URL/);
  });

  it("reads rate limits as count/seconds and refuses anything else", () => {
    const config = readConfig({ RATE_LIMIT_SIGN_IN: "5/60", RATE_LIMIT_API: "100/1", TRUST_PROXY: "1" }, secret);
    expect(config.rateLimits).toEqual({
      signIn: { limit: 5, windowMs: 60_000 },
      uploads: DEFAULT_RATE_LIMITS.uploads,
      api: { limit: 100, windowMs: 1000 },
    });
    expect(config.trustProxy).toBe(true);
    for (const wrong of ["5", "5/0", "0/60", "cinq/60", "5/60s"]) {
      expect(() => readConfig({ RATE_LIMIT_UPLOADS: wrong }, secret), wrong).toThrow(/RATE_LIMIT_UPLOADS/);
    }
  });

  it("enables the demo only when asked", () => {
    expect(readConfig({ CADRE_DEMO: "1" }, secret).demo).toBe(true);
    expect(readConfig({ CADRE_DEMO: "0" }, secret).demo).toBe(false);
  });

  it("refuses the demo in production", () => {
    expect(() =>
      readConfig({ CADRE_ENV: "production", CADRE_DEMO: "1", SESSION_SECRET: "s".repeat(40) }, secret),
    ).toThrow(ConfigError);
    expect(() => readConfig({ NODE_ENV: "production", CADRE_DEMO: "true" }, secret)).toThrow(/démonstration/);
  });

  it("requires a long session secret in production", () => {
    expect(() => readConfig({ CADRE_ENV: "production", SESSION_SECRET: "court" }, secret)).toThrow(/SESSION_SECRET/);
    expect(readConfig({ CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32), AUDIT_KEYS }, secret).production).toBe(
      true,
    );
  });

  it("keeps only the origin of PUBLIC_URL", () => {
    expect(readConfig({ PUBLIC_URL: "https://cadre.example.gouv.fr/chemin" }, secret).publicUrl).toBe(
      "https://cadre.example.gouv.fr",
    );
  });

  it("reads the OpenID Connect provider when its three settings are given", () => {
    const oidc = { OIDC_ISSUER: "https://auth.example.gouv.fr/api/v2", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" };
    expect(readConfig(oidc, secret).oidc).toEqual({
      issuer: "https://auth.example.gouv.fr/api/v2",
      clientId: "id",
      clientSecret: "s",
    });
    expect(readConfig({}, secret).oidc).toBeNull();
  });

  it("refuses half an OpenID Connect configuration, and plain http in production", () => {
    expect(() => readConfig({ OIDC_ISSUER: "https://auth.example.gouv.fr", OIDC_CLIENT_ID: "id" }, secret)).toThrow(
      /OIDC_CLIENT_SECRET vont ensemble/,
    );
    expect(() =>
      readConfig({ OIDC_ISSUER: "pas une adresse", OIDC_CLIENT_ID: "i", OIDC_CLIENT_SECRET: "s" }, secret),
    ).toThrow(/pas une adresse valide/);
    const production = {
      CADRE_ENV: "production",
      SESSION_SECRET: "s".repeat(32),
      OIDC_CLIENT_ID: "i",
      OIDC_CLIENT_SECRET: "s",
      AUDIT_KEYS,
    };
    expect(() => readConfig({ ...production, OIDC_ISSUER: "http://auth.example.gouv.fr" }, secret)).toThrow(/https/);
    expect(readConfig({ ...production, OIDC_ISSUER: "https://auth.example.gouv.fr" }, secret).oidc?.clientId).toBe("i");
  });

  it("requires the audit keys in production, and falls back to the marked development key elsewhere", () => {
    expect(() => readConfig({ CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32) }, secret)).toThrow(
      /AUDIT_KEYS doit être défini en production/,
    );
    const dev = readAuditKeys({ CADRE_ENV: "test" });
    expect(dev).toMatchObject({ current: INSECURE_DEV_KID, insecure: true });
    expect(dev.secrets.get(INSECURE_DEV_KID)).toHaveLength(32);
  });

  it("reads AUDIT_KEYS as kid:base64 pairs, the first one sealing", () => {
    const other = btoa("o".repeat(40));
    const keys = readAuditKeys({ CADRE_ENV: "production", AUDIT_KEYS: ` k2027:${other} , k2026:${KEY}` });
    expect(keys.current).toBe("k2027");
    expect(keys.insecure).toBe(false);
    expect([...keys.secrets.keys()]).toEqual(["k2027", "k2026"]);
    expect(keys.secrets.get("k2026")).toEqual(new TextEncoder().encode("k".repeat(32)));
    const refused: [string, RegExp][] = [
      [`k1:${btoa("court")}`, /32 octets au moins/],
      ["k1:pas du base64 !", /32 octets au moins/],
      [`k1:${KEY},k1:${KEY}`, /apparaît deux fois/],
      [`sha256:${KEY}`, /identifiant de clé « sha256 » refusé/],
      [`${INSECURE_DEV_KID}:${KEY}`, /refusé/],
      [`:${KEY}`, /« identifiant:clé en base64 »/],
      [KEY, /« identifiant:clé en base64 »/],
      [`k1:${KEY},`, /« identifiant:clé en base64 »/],
      [`k 1:${KEY}`, /identifiant de clé « k 1 » refusé/],
    ];
    for (const [value, message] of refused) {
      expect(() => readAuditKeys({ AUDIT_KEYS: value }), value).toThrow(ConfigError);
      expect(() => readAuditKeys({ AUDIT_KEYS: value }), value).toThrow(message);
    }
  });

  it("turns the DataPass connector on with its four settings only", () => {
    const datapass = {
      DATAPASS_URL: "https://datapass.example.gouv.fr/",
      DATAPASS_CLIENT_ID: "id",
      DATAPASS_CLIENT_SECRET: "secret",
      DATAPASS_WEBHOOK_SECRET: "w".repeat(16),
    };
    expect(readConfig(datapass, secret).datapass).toEqual({
      url: "https://datapass.example.gouv.fr",
      clientId: "id",
      clientSecret: "secret",
      webhookSecret: "w".repeat(16),
    });
    expect(readConfig({}, secret).datapass).toBeNull();
    expect(() => readConfig({ ...datapass, DATAPASS_WEBHOOK_SECRET: "" }, secret)).toThrow(/vont ensemble/);
    expect(() => readConfig({ ...datapass, DATAPASS_WEBHOOK_SECRET: "court" }, secret)).toThrow(/16 caractères/);
    expect(() => readConfig({ ...datapass, DATAPASS_URL: "pas une adresse" }, secret)).toThrow(
      /pas une adresse valide/,
    );
    const production = { CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32), AUDIT_KEYS: `k1:${KEY}` };
    expect(() =>
      readConfig({ ...production, ...datapass, DATAPASS_URL: "http://datapass.example.gouv.fr" }, secret),
    ).toThrow(/https/);
  });
});
