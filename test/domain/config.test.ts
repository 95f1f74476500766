/** Start-up settings: the demo can never run in production, and production needs a real secret. */

import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_RATE_LIMITS, readConfig } from "../../src/config";

const secret = () => "generated";

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
      datapass: null,
    });
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
    expect(readConfig({ CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32) }, secret).production).toBe(true);
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
    };
    expect(() => readConfig({ ...production, OIDC_ISSUER: "http://auth.example.gouv.fr" }, secret)).toThrow(/https/);
    expect(readConfig({ ...production, OIDC_ISSUER: "https://auth.example.gouv.fr" }, secret).oidc?.clientId).toBe("i");
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
    const production = { CADRE_ENV: "production", SESSION_SECRET: "s".repeat(32) };
    expect(() =>
      readConfig({ ...production, ...datapass, DATAPASS_URL: "http://datapass.example.gouv.fr" }, secret),
    ).toThrow(/https/);
  });
});
