/** The app's frame: health, pages, errors, security headers, CSRF, access by role. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

describe("foundation", async () => {
  const harness = await createHarness();

  it("answers /sante once the database answers", async () => {
    const response = await harness.request("/sante");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves the home page in French with the DSFR from our origin", async () => {
    const response = await harness.request("/");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<html lang="fr"');
    expect(html).toContain('href="/static/dsfr/dsfr.min.css"');
    expect(html).toContain('src="/static/htmx.min.js"');
    expect(html).toContain('href="#contenu"');
    expect(html).not.toMatch(/https?:\/\/[^"]*(cdn|unpkg|jsdelivr)/);
  });

  it("sends security headers with a script policy that allows no inline script", async () => {
    const response = await harness.request("/");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    // The older header says the same, not SAMEORIGIN.
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends visitors to sign in before any private page", async () => {
    for (const path of ["/demandes", "/demandes/nouvelle", "/instruction", "/instruction/demandes/1"]) {
      const response = await harness.request(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get("location"), path).toBe("/connexion");
    }
  });

  it("refuses a space to a role it is not meant for, with a French page", async () => {
    const organisation = await harness.organisation();
    const applicant = await harness.user("applicant", organisation.id);
    const response = await harness.request("/instruction", { as: applicant });
    expect(response.status).toBe(403);
    expect(await pageText(response)).toContain("Accès refusé");
    const instructor = await harness.user("instructor");
    expect((await harness.request("/demandes", { as: instructor })).status).toBe(403);
  });

  it("answers an unknown page with a French 404", async () => {
    const response = await harness.request("/nulle-part");
    expect(response.status).toBe(404);
    expect(await pageText(response)).toContain("Page introuvable");
  });

  it("refuses a form posted from another site", async () => {
    const organisation = await harness.organisation();
    const applicant = await harness.user("applicant", organisation.id);
    const response = await harness.request("/demandes/nouvelle", {
      method: "POST",
      headers: { origin: "https://ailleurs.example", "content-type": "application/x-www-form-urlencoded" },
      body: "use_case=demande-libre",
      as: applicant,
    });
    expect(response.status).toBe(403);
    expect(await pageText(response)).toContain("Requête refusée");
  });

  it("sends each role from the home page to its own space", async () => {
    const organisation = await harness.organisation();
    const expected = {
      applicant: "/demandes",
      instructor: "/instruction",
      reporter: "/instruction",
      admin: "/admin/statistiques",
    };
    for (const [role, location] of Object.entries(expected)) {
      const user = await harness.user(role as keyof typeof expected, role === "applicant" ? organisation.id : null);
      const response = await harness.request("/", { as: user });
      expect(response.status, role).toBe(303);
      expect(response.headers.get("location"), role).toBe(location);
    }
  });

  it("has no demo sign-in unless the demo is enabled", async () => {
    const response = await harness.request("/connexion/demo", {
      method: "POST",
      body: new URLSearchParams({ email: "agent@demo.cadre.local" }),
    });
    expect(response.status).toBe(404);
  });
});
