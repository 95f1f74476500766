/**
 * Every error status a person can meet gets the French DSFR page (lang, title, heading, a way
 * back) in a browser, and a JSON body under /api/: unknown addresses, wrong methods, unreadable
 * forms, oversized bodies, refusals and rate limits.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { createHarness } from "../support/harness";
import { visibleText } from "../support/html";

describe("error pages", async () => {
  const harness = await createHarness({
    rateLimits: {
      signIn: { limit: 1, windowMs: 60_000 },
      uploads: { limit: 10, windowMs: 60_000 },
      api: { limit: 10, windowMs: 60_000 },
    },
  });
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const token = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);

  async function expectFrenchPage(response: Response, status: number, title: string) {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain(`<title>${title} — Cadre</title>`);
    expect(html).toContain("fr-header");
    const text = visibleText(html);
    expect(text).toContain(`Erreur ${status}`);
    expect(text).toContain("Revenir à l'accueil");
    expect(text).not.toMatch(/Not Found|Method Not Allowed|Internal Server Error/);
    return text;
  }

  it.each([
    ["an unknown address", "/nulle-part", "Page introuvable"],
    ["an unknown address signed in", "/demandes/abc/rien", "Page introuvable"],
  ])("answers %s with the French 404 page", async (_, path, title) => {
    await expectFrenchPage(await harness.request(path, { as: applicant }), 404, title);
  });

  it.each([
    ["POST on a page", "POST", "/instruction", "GET, HEAD"],
    ["DELETE on a page", "DELETE", "/demandes", "GET, HEAD, POST"],
    ["PUT on the sign-in page", "PUT", "/connexion", "GET, HEAD"],
  ])("answers %s with a French 405 page and the Allow header", async (_, method, path, allow) => {
    const response = await harness.request(path, { method, as: applicant });
    expect(response.headers.get("allow")).toBe(allow);
    const text = await expectFrenchPage(response, 405, "Action impossible à cette adresse");
    expect(text).toContain("pas pour ce type de requête");
  });

  it.each([
    ["/instruction/demandes/7/refuser?onglet=a-instruire", "/instruction/demandes/7?onglet=a-instruire"],
    ["/demandes/3/acte-tarifaire", "/demandes/3"],
    ["/admin/utilisateurs/4", "/admin/utilisateurs"],
  ])("sends a GET on the form action %s to its page", async (path, page) => {
    const response = await harness.request(path, { as: applicant });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(page);
  });

  it("answers an unreadable form with a French 400 page", async () => {
    const response = await harness.request("/demandes/nouvelle", {
      method: "POST",
      as: applicant,
      headers: { "content-type": "text/plain" },
      body: "bonjour",
    });
    await expectFrenchPage(response, 400, "Requête invalide");
  });

  it("answers a cross-site form with a French 403 page", async () => {
    const response = await harness.request("/demandes/nouvelle", {
      method: "POST",
      as: applicant,
      origin: "https://ailleurs.example",
      body: new URLSearchParams({ cas_usage: "x" }),
    });
    await expectFrenchPage(response, 403, "Requête refusée");
  });

  it("answers an oversized body with a French 413 page", async () => {
    const form = new FormData();
    form.append("documents", new File([new Uint8Array(61 * 1024 * 1024)], "enorme.pdf"));
    const response = await harness.request("/demandes/nouvelle", { method: "POST", as: applicant, body: form });
    const text = await expectFrenchPage(response, 413, "Requête invalide");
    expect(text).toContain("dépasse la taille permise");
  });

  it("answers too many sign-in attempts with a French 429 page", async () => {
    const attempt = () =>
      harness.request("/connexion/demo", { method: "POST", body: new URLSearchParams({ email: "x@y.fr" }) });
    await attempt();
    await expectFrenchPage(await attempt(), 429, "Trop de requêtes");
  });

  it.each([
    ["GET", "/api/nulle-part", 404, "not_found"],
    ["DELETE", "/api/v1/demandes", 405, "method_not_allowed"],
  ])("answers %s %s under /api/ with JSON", async (method, path, status, code) => {
    const response = await harness.request(path, { method, headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[éèà]|page|adresse/);
  });

  it("keeps a failed boosted form's page address (HX-Push-Url: false), not on success or plain requests", async () => {
    const boosted = { "hx-request": "true", "hx-boosted": "true" };
    const failed = await harness.request("/demandes/nouvelle", {
      method: "POST",
      as: applicant,
      headers: boosted,
      body: new URLSearchParams({ cas_usage: "inconnu" }),
    });
    expect(failed.status).toBe(422);
    expect(failed.headers.get("hx-push-url")).toBe("false");
    const plain = await harness.request("/demandes/nouvelle", {
      method: "POST",
      as: applicant,
      body: new URLSearchParams({ cas_usage: "inconnu" }),
    });
    expect(plain.status).toBe(422);
    expect(plain.headers.get("hx-push-url")).toBeNull();
    // /demandes/nouvelle is a page itself: nothing to replace.
    expect(await plain.text()).toContain("<body>");
  });

  it("names the page's own address in a plain form's refusal, for the address bar", async () => {
    const draft = await harness.request("/demandes/nouvelle", {
      method: "POST",
      as: applicant,
      body: new URLSearchParams({
        use_case: "tarification-municipale-enfance",
        scopes: "cnaf_quotient_familial",
      }),
    });
    expect(draft.status).toBe(303);
    const id = /\/demandes\/(\d+)/.exec(draft.headers.get("location")!)![1];
    const refused = await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      as: applicant,
      body: new URLSearchParams({ message: "" }),
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain(`<body data-page-url="/demandes/${id}">`);
  });
});
