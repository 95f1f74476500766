/**
 * Rate limits, exceeded for real with low limits: sign-in per address, uploads per user, API
 * calls per token. Over the limit: 429, Retry-After and RateLimit headers, a French page or a
 * JSON error, nothing stored; others are not affected; the limit comes back after the window.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { documents, requests } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { pageText } from "../support/html";
import { newRequestForm, samplePdf } from "../support/requests";

const MINUTE = 60_000;

function expectLimited(response: Response, limit: number, windowSeconds: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(response.headers.get("ratelimit")).toMatch(new RegExp(`^limit=${limit}, remaining=0, reset=\\d+$`));
  expect(response.headers.get("ratelimit-policy")).toBe(`${limit};w=${windowSeconds}`);
}

describe("rate limits", async () => {
  const signIn = { limit: 3, windowMs: 15 * MINUTE };
  const uploads = { limit: 2, windowMs: 60 * MINUTE };
  const api = { limit: 4, windowMs: MINUTE };
  const harness = await createHarness({ demo: false, rateLimits: { signIn, uploads, api } });
  const proxied = await createHarness({ demo: false, trustProxy: true, rateLimits: { signIn, uploads, api } });

  it("limits sign-in attempts per address, on every sign-in route, with a French page", async () => {
    const attempt = (path = "/connexion/demo") =>
      harness.request(path, { method: "POST", body: new URLSearchParams({ email: "x@y.fr" }) });
    for (let index = 0; index < signIn.limit; index++) expect((await attempt()).status).toBe(404);
    const refused = await attempt();
    expectLimited(refused, signIn.limit, 900);
    expect(refused.headers.get("content-type")).toContain("text/html");
    const html = await refused.text();
    expect(html).toContain("Trop de requêtes");
    expect(html).toContain("Trop de tentatives de connexion");
    // The OIDC routes share the counter (one prefix in SIGN_IN_PATHS), whatever the method.
    expect((await harness.request("/connexion/oidc/retour?code=x")).status).toBe(429);
    // Other pages are not sign-in attempts.
    expect((await harness.request("/connexion")).status).toBe(200);
  });

  it("starts counting again once the window has passed", async () => {
    const attempt = () =>
      proxied.request("/connexion/demo", {
        method: "POST",
        body: new URLSearchParams(),
        headers: { "x-forwarded-for": "192.0.2.77" },
      });
    for (let index = 0; index < signIn.limit; index++) expect((await attempt()).status).toBe(404);
    expect((await attempt()).status).toBe(429);
    proxied.clock.now += signIn.windowMs - 1000;
    expect((await attempt()).status).toBe(429);
    proxied.clock.now += 1000;
    expect((await attempt()).status).toBe(404);
  });

  it("counts per address: another client is not affected; X-Forwarded-For only behind TRUST_PROXY", async () => {
    const from = (h: typeof harness, address: string) =>
      h.request("/connexion/demo", {
        method: "POST",
        body: new URLSearchParams(),
        headers: { "x-forwarded-for": address },
      });
    for (let index = 0; index < signIn.limit; index++) expect((await from(proxied, "198.51.100.7")).status).toBe(404);
    expect((await from(proxied, "198.51.100.7")).status).toBe(429);
    // Our proxy appends the real address last; what the client put before it is ignored.
    expect((await from(proxied, "198.51.100.7, 203.0.113.9")).status).toBe(404);
    // Without TRUST_PROXY the header means nothing: the connection's address (already over) counts.
    expect((await from(harness, "203.0.113.50")).status).toBe(429);
  });

  it("limits uploads per user with nothing stored past the limit; another user goes on", async () => {
    const organisation = await harness.organisation();
    const alice = await harness.user("applicant", organisation.id);
    const bob = await harness.user("applicant", organisation.id);
    const pdf = await samplePdf();
    const file = (as: typeof alice) =>
      harness.request("/demandes/nouvelle", { method: "POST", body: newRequestForm(pdf), as });
    const first = await file(alice);
    expect(first.status).toBe(303);
    const id = Number(first.headers.get("location")!.split("/").pop());
    const more = new FormData();
    more.append("kind", "annex");
    more.append("documents", new File([pdf as Uint8Array<ArrayBuffer>], "annexe.pdf"));
    expect((await harness.request(`/demandes/${id}/documents`, { method: "POST", body: more, as: alice })).status).toBe(
      303,
    );
    const before = await counts();
    const refused = await file(alice);
    expectLimited(refused, uploads.limit, 3600);
    expect(await pageText(refused)).toContain("Rien n'a été enregistré pour cet envoi");
    const tariff = await harness.request(`/demandes/${id}/acte-tarifaire`, { method: "POST", body: more, as: alice });
    expect(tariff.status).toBe(429);
    expect(await counts()).toEqual(before);
    expect((await file(bob)).status).toBe(303);
  });

  it("limits API calls per token with a JSON error; another token goes on; uploads count per user", async () => {
    const token = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
    const other = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
    const call = (bearer: string) =>
      harness.request("/api/v1/demandes", { headers: { authorization: `Bearer ${bearer}` } });
    for (let index = 0; index < api.limit; index++) expect((await call(token)).status).toBe(200);
    const refused = await call(token);
    expectLimited(refused, api.limit, 60);
    expect(await refused.json()).toEqual({
      error: { code: "rate_limited", message: expect.stringContaining("Retry-After") },
    });
    expect((await call(other)).status).toBe(200);
    // An unknown token is refused before it is counted: it cannot use up a real token's calls.
    expect((await call("inconnu")).status).toBe(401);
    harness.clock.now += api.windowMs;
    expect((await call(token)).status).toBe(200);
    harness.clock.now -= api.windowMs;
  });

  it("counts API uploads against the token's user", async () => {
    const { uniqueSiret } = await import("../support/harness-core");
    const token = await createApiToken(harness.db, { role: "applicant", siret: uniqueSiret() }, harness.clock.now);
    const pdf = await samplePdf();
    const filing = () => {
      const form = newRequestForm(pdf);
      form.set("scopes", "cnaf_quotient_familial");
      return harness.request("/api/v1/demandes", {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
    };
    for (let index = 0; index < uploads.limit; index++) expect((await filing()).status).toBe(201);
    const before = await counts();
    const refused = await filing();
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    expect(await counts()).toEqual(before);
  });

  const counts = () => rowCounts(harness.db, { requests, documents });
});
