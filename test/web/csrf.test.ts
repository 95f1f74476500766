/**
 * CSRF on every state-changing browser request, htmx included (hono's csrf(): the Origin must
 * be ours, or Sec-Fetch-Site must say same-origin). Refused requests store nothing; the API,
 * bearer-only, is outside it.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { decisions, documents, events, messages, requests } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { TEST_ORIGIN } from "../support/harness-core";
import { pageText } from "../support/html";
import { decisionForm, samplePdf, submittedRequest } from "../support/requests";

const FOREIGN = "https://ailleurs.example";
const HTMX = { "hx-request": "true", "hx-current-url": `${TEST_ORIGIN}/demandes` };
const BOOSTED = { ...HTMX, "hx-boosted": "true" };

describe("CSRF", async () => {
  const harness = await createHarness({ publicUrl: "https://cadre.example.gouv.fr" });
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const id = await submittedRequest(harness, applicant);
  const pdf = await samplePdf();

  const stored = () => rowCounts(harness.db, { requests, documents, decisions, messages, events });

  // State-changing htmx requests of each kind: messages (both sides), a decision, an upload.
  const actions = [
    { name: "applicant message", path: `/demandes/${id}/messages`, as: applicant, body: () => message("Bonjour") },
    {
      name: "instructor message",
      path: `/instruction/demandes/${id}/messages`,
      as: instructor,
      body: () => message("Bonjour"),
    },
    {
      name: "decision",
      path: `/instruction/demandes/${id}/demander-acte-tarifaire`,
      as: instructor,
      body: () => decisionForm(2, "Merci de joindre l'acte tarifaire."),
    },
    { name: "multipart upload", path: `/demandes/${id}/acte-tarifaire`, as: applicant, body: () => tariffForm() },
  ];

  function message(text: string) {
    return new URLSearchParams({ message: text });
  }
  function tariffForm() {
    const form = new FormData();
    form.append("version", "3");
    form.append("documents", new File([pdf as Uint8Array<ArrayBuffer>], "tarifs.pdf"));
    return form;
  }

  const refusals: Record<string, { origin: string | null; headers: Record<string, string> }> = {
    "a foreign Origin": { origin: FOREIGN, headers: HTMX },
    "a foreign Origin on a boosted form": { origin: FOREIGN, headers: BOOSTED },
    "no Origin and Sec-Fetch-Site: cross-site": {
      origin: null,
      headers: { ...BOOSTED, "sec-fetch-site": "cross-site" },
    },
    "no Origin and Sec-Fetch-Site: same-site (a sibling subdomain)": {
      origin: null,
      headers: { ...HTMX, "sec-fetch-site": "same-site" },
    },
    "Origin: null without Sec-Fetch-Site": { origin: "null", headers: HTMX },
    "neither Origin nor Sec-Fetch-Site": { origin: null, headers: HTMX },
    "a foreign Origin with Sec-Fetch-Site: cross-site": {
      origin: FOREIGN,
      headers: { ...HTMX, "sec-fetch-site": "cross-site" },
    },
  };

  for (const action of actions) {
    it.each(Object.entries(refusals))(
      `refuses the htmx ${action.name} with %s, storing nothing`,
      async (_, refusal) => {
        const before = await stored();
        const response = await harness.request(action.path, {
          method: "POST",
          body: action.body(),
          headers: refusal.headers,
          origin: refusal.origin,
          as: action.as,
        });
        expect(response.status).toBe(403);
        // htmx gets a fragment (no page inside the page), a boosted form the whole page it swaps
        // in; in French either way.
        const html = await response.text();
        if ("hx-boosted" in refusal.headers) expect(html).toContain("<!DOCTYPE html>");
        else expect(html).not.toContain("<!DOCTYPE html>");
        expect(html).toContain("Requête refusée");
        expect(await stored()).toEqual(before);
      },
    );
  }

  it("lets the same htmx requests through from our own origin, or with Sec-Fetch-Site: same-origin", async () => {
    const allowed = [
      { origin: TEST_ORIGIN, headers: HTMX },
      { origin: "https://cadre.example.gouv.fr", headers: BOOSTED }, // PUBLIC_URL, behind a proxy
      { origin: null, headers: { ...HTMX, "sec-fetch-site": "same-origin" } },
      // A form whose origin the browser hides (after a redirect) is still same-origin for Sec-Fetch-Site.
      { origin: "null", headers: { ...BOOSTED, "sec-fetch-site": "same-origin" } },
    ];
    for (const [index, allow] of allowed.entries()) {
      const before = await stored();
      const response = await harness.request(`/demandes/${id}/messages`, {
        method: "POST",
        body: message(`Message ${index}`),
        headers: allow.headers,
        origin: allow.origin,
        as: applicant,
      });
      expect(response.status, JSON.stringify(allow)).toBe("hx-boosted" in allow.headers ? 303 : 204);
      expect((await stored()).messages).toBe(before.messages + 1);
    }
    const decided = await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "Merci de joindre l'acte tarifaire."),
      headers: HTMX,
      as: instructor,
    });
    expect(decided.status).toBe(204);
    expect(decided.headers.get("hx-redirect")).toBe(
      `/instruction/demandes/${id}?fait=request_tariff_act&demande=${id}`,
    );
    const uploaded = await harness.request(`/demandes/${id}/acte-tarifaire`, {
      method: "POST",
      body: tariffForm(),
      headers: BOOSTED,
      as: applicant,
    });
    expect(uploaded.status).toBe(303);
  });

  it("gives a non-htmx form posted from elsewhere a French page", async () => {
    const response = await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: message("Bonjour"),
      origin: FOREIGN,
      as: applicant,
    });
    expect(response.status).toBe(403);
    expect(await pageText(response)).toContain("Cette action ne venait pas d'une page de Cadre");
  });

  it("does not check non-form bodies, which a foreign page cannot send without CORS; the form routes refuse them", async () => {
    const before = await stored();
    const response = await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: JSON.stringify({ message: "Bonjour" }),
      headers: { ...HTMX, "content-type": "application/json" },
      origin: FOREIGN,
      as: applicant,
    });
    expect(response.status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it("leaves the API out: bearer tokens only, so no cookie rides along and no Origin is needed", async () => {
    const token = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
    const withToken = await harness.request(`/api/v1/demandes/${id}`, {
      method: "GET",
      headers: { authorization: `Bearer ${token}`, origin: FOREIGN },
    });
    expect(withToken.status).toBe(200);
    // A session cookie means nothing to the API.
    const withCookie = await harness.request(`/api/v1/demandes/${id}/decisions`, {
      method: "POST",
      body: JSON.stringify({ decision: "reject", version: 3, motivation: "x" }),
      headers: { "content-type": "application/json" },
      origin: FOREIGN,
      as: instructor,
    });
    expect(withCookie.status).toBe(401);
  });
});
