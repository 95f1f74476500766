/**
 * Hostile input: script injection in every field a person types comes back escaped, on every
 * page that shows it; malformed forms and JSON, oversized JSON and traversal-like ids are
 * refused in French (JSON for the API) and leave the database exactly as it was.
 */

import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import * as tables from "../../src/storage/schema";
import { createApp } from "../../src/web/app";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { pageText } from "../support/html";
import { newRequestForm, samplePdf, submittedRequest } from "../support/requests";

const PAYLOAD = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

describe("hostile input", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const raw = (html: string) => html.includes("<script>alert") || html.includes("<img src=x");

  it("escapes the legal text, the file name and messages on the applicant's and the instructor's pages", async () => {
    const form = newRequestForm(null, { cadre_juridique_nature: PAYLOAD });
    form.append("documents", new File([(await samplePdf()) as Uint8Array<ArrayBuffer>], `${PAYLOAD}.pdf`));
    const created = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: PAYLOAD }),
      as: applicant,
    });
    await harness.readingIdle();
    for (const [path, user] of [
      [`/demandes/${id}`, applicant],
      [`/instruction/demandes/${id}`, instructor],
      ["/demandes", applicant],
    ] as const) {
      const html = await (await harness.request(path, { as: user })).text();
      expect(raw(html), path).toBe(false);
      if (path !== "/demandes") expect(html, path).toContain("&lt;script&gt;alert"); // shown, but as text
    }
    const refused = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: new URLSearchParams({ version: "999", motivation: PAYLOAD }),
      as: instructor,
    });
    expect(refused.status).toBe(409);
    expect(raw(await refused.text())).toBe(false);
  });

  it("escapes what admins type (templates) and what a form sends back on error", async () => {
    const template = await harness.request("/admin/modeles", {
      method: "POST",
      body: new URLSearchParams({ nom: PAYLOAD, decision: "reject", texte: PAYLOAD }),
      as: admin,
    });
    expect(template.status).toBe(303);
    expect(raw(await (await harness.request("/admin/modeles", { as: admin })).text())).toBe(false);
    const invalid = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null, { use_case: PAYLOAD, cadre_juridique_url: PAYLOAD }),
      as: applicant,
    });
    expect(invalid.status).toBe(422);
    expect(raw(await invalid.text())).toBe(false);
  });
});

/** Every table a request could write to, row by row: "nothing stored" means all equal. */
const WRITTEN: Record<string, SQLiteTable> = {
  requests: tables.requests,
  requestScopes: tables.requestScopes,
  documents: tables.documents,
  documentChunks: tables.documentChunks,
  decisions: tables.decisions,
  messages: tables.messages,
  events: tables.events,
  outbox: tables.outbox,
  webhooks: tables.webhooks,
  messageTemplates: tables.messageTemplates,
  apiTokens: tables.apiTokens,
  users: tables.users,
};

const BOUNDARY = "----cadre-hostile";
function multipart(boundary = BOUNDARY): string {
  return [
    `--${boundary}`,
    'Content-Disposition: form-data; name="use_case"',
    "",
    "tarification-municipale-enfance",
    `--${boundary}`,
    'Content-Disposition: form-data; name="scopes"',
    "",
    "cnaf_quotient_familial",
    `--${boundary}`,
    'Content-Disposition: form-data; name="kind"',
    "",
    "annex",
    `--${boundary}`,
    'Content-Disposition: form-data; name="message"',
    "",
    "Bonjour",
    `--${boundary}`,
    'Content-Disposition: form-data; name="documents"; filename="deliberation.pdf"',
    "Content-Type: application/pdf",
    "",
    "%PDF-1.7 une délibération qui ne finit jamais",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

const MALFORMED: Record<string, { contentType?: string; body: string }> = {
  "a broken boundary": { contentType: "multipart/form-data; boundary=autre-chose", body: multipart() },
  "a truncated body": {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: multipart().slice(0, multipart().indexOf("%PDF") + 12),
  },
  "no boundary": { contentType: "multipart/form-data", body: multipart() },
  "a wrong content type": { contentType: "text/plain", body: multipart() },
  "JSON sent to a form": { contentType: "application/json", body: '{"use_case":"x"}' },
  "no content type": { body: multipart() },
};

describe("hostile requests", async () => {
  const harness = await createHarness({
    // Far above what this file sends: the limits are tested in rate-limits.test.ts.
    rateLimits: {
      signIn: { limit: 1000, windowMs: 60_000 },
      uploads: { limit: 1000, windowMs: 60_000 },
      api: { limit: 1000, windowMs: 60_000 },
    },
  });
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const applicantToken = await createApiToken(
    harness.db,
    { role: "applicant", siret: organisation.siret },
    harness.clock.now,
  );
  const instructorToken = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
  const adminToken = await createApiToken(harness.db, { role: "admin" }, harness.clock.now);
  const draftResponse = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf()),
    as: applicant,
  });
  const draft = Number(draftResponse.headers.get("location")!.split("/").pop());
  const submitted = await submittedRequest(harness, applicant);
  await harness.readingIdle();

  const FORM_ROUTES = [
    "/demandes/nouvelle",
    `/demandes/${draft}/modifier`,
    `/demandes/${draft}/documents`,
    `/demandes/${submitted}/acte-tarifaire`,
    `/demandes/${submitted}/messages`,
  ];
  const API_FORM_ROUTES = ["/api/v1/demandes", `/api/v1/demandes/${draft}/documents`];

  it.each(Object.entries(MALFORMED))("refuses a form with %s: French 400, nothing stored", async (_, malformed) => {
    const before = await rowCounts(harness.db, WRITTEN);
    const headers = malformed.contentType ? { "content-type": malformed.contentType } : undefined;
    for (const path of FORM_ROUTES) {
      const response = await harness.request(path, { method: "POST", body: malformed.body, headers, as: applicant });
      expect(response.status, path).toBe(400);
      expect(response.headers.get("content-type"), path).toContain("text/html");
      expect(await pageText(response), path).toContain("Le formulaire envoyé est illisible : rien n'a été enregistré.");
    }
    for (const path of API_FORM_ROUTES) {
      const response = await harness.request(path, {
        method: "POST",
        body: malformed.body,
        headers: { ...headers, authorization: `Bearer ${applicantToken}` },
      });
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toEqual({
        error: { code: "bad_request", message: expect.stringContaining("illisible") },
      });
    }
    expect(await rowCounts(harness.db, WRITTEN)).toEqual(before);
  });

  it("still takes the same body when it is well formed (the malformed cases differ only by their flaw)", async () => {
    const before = await rowCounts(harness.db, WRITTEN);
    const response = await harness.request(`/demandes/${draft}/messages`, {
      method: "POST",
      body: multipart(),
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      as: applicant,
    });
    expect(response.status).toBe(303);
    expect((await rowCounts(harness.db, WRITTEN)).messages).toBe(before.messages! + 1);
  });

  it("refuses invalid JSON with a 400 and an oversized JSON body with a 413, as JSON errors", async () => {
    const before = await rowCounts(harness.db, WRITTEN);
    const decide = (body: string) =>
      harness.request(`/api/v1/demandes/${submitted}/decisions`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", authorization: `Bearer ${instructorToken}` },
      });
    for (const body of ["{", '{"decision":"accept",', "accept", "\u0000"]) {
      const response = await decide(body);
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({
        error: {
          code: "bad_request",
          message: "Le corps de la requête n'est pas un JSON valide : rien n'a été enregistré.",
        },
      });
    }
    const huge = JSON.stringify({ decision: "reject", version: 1, motivation: "x".repeat(200 * 1024) });
    const tooLarge = await decide(huge);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: { code: "too_large", message: expect.stringContaining("64 Ko") } });
    const submit = await harness.request(`/api/v1/demandes/${draft}/soumettre`, {
      method: "POST",
      body: "{version:",
      headers: { "content-type": "application/json", authorization: `Bearer ${applicantToken}` },
    });
    expect(submit.status).toBe(400);
    const reading = await harness.request(`/api/v1/documents/1/lecture`, {
      method: "POST",
      body: "pas du JSON",
      headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    });
    expect(reading.status).toBe(400);
    expect(await rowCounts(harness.db, WRITTEN)).toEqual(before);
  });

  const HOSTILE_IDS = [
    "..%2f..",
    "..%2F..%2Fetc%2Fpasswd",
    "1;drop",
    "99999999999999999999",
    "-1",
    "1e3",
    "0x1",
    "%00",
    "1.0",
  ];
  const idRoutes = [
    ...new Set(
      createApp({ db: harness.db, config: { production: false, demo: false, sessionSecret: "x", publicUrl: null } })
        .routes.filter((route) => route.method !== "ALL" && route.path.includes("/:"))
        .map((route) => `${route.method} ${route.path}`),
    ),
  ];

  it("knows the routes that take an id", () => {
    expect(idRoutes.length).toBeGreaterThanOrEqual(25);
  });

  // The one who may use the route (otherwise access control answers before the id is read).
  function visitorFor(path: string) {
    if (path.startsWith("/api/v1/documents") || path.startsWith("/api/v1/courriels")) return { token: adminToken };
    if (path.endsWith("/decisions")) return { token: instructorToken };
    if (path.startsWith("/api/")) return { token: applicantToken };
    if (path.startsWith("/admin/") || path.endsWith("/rouvrir")) return { user: admin };
    if (path.startsWith("/instruction/")) return { user: instructor };
    return { user: applicant };
  }

  it.each(idRoutes)("answers 404 to traversal-like ids on %s, storing nothing", async (route) => {
    const [method, path] = route.split(" ") as [string, string];
    const visitor = visitorFor(path);
    const before = await rowCounts(harness.db, WRITTEN);
    for (const id of HOSTILE_IDS) {
      // Every parameter hostile in turn, the others real.
      for (const param of path.match(/:\w+/g)!) {
        const url = path.replace(param, id).replace(":documentId", "1").replace(/:\w+/, String(submitted));
        const body =
          method !== "POST"
            ? undefined
            : path.startsWith("/api/") && !path.endsWith("/documents") && path !== "/api/v1/demandes"
              ? JSON.stringify({ decision: "accept", version: 2, motivation: "x" })
              : newRequestForm(await samplePdf(), { version: "2", message: "x", confirmation: "1", kind: "annex" });
        const response = await harness.request(url, {
          method,
          body,
          headers: visitor.token ? { authorization: `Bearer ${visitor.token}` } : undefined,
          as: visitor.user,
        });
        expect(response.status, `${method} ${url}`).toBe(404);
        if (path.startsWith("/api/")) {
          expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
        } else {
          expect(await pageText(response)).toContain("Page introuvable");
        }
      }
    }
    expect(await rowCounts(harness.db, WRITTEN)).toEqual(before);
  });
});
