/**
 * Who may reach what: every route of the app × every kind of visitor, generated from the
 * app's own route table, so that a new route without an entry here fails the suite.
 * "Denied" means 401, 403, 404 or a redirect to sign-in; anything else (200, 303, 409, 422…)
 * means the visitor got past access control.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { insertWebhook } from "../../src/storage/outbox-store";
import { saveTemplate, listTemplates } from "../../src/storage/templates-store";
import { outbox } from "../../src/storage/schema";
import { listRequestDocuments } from "../../src/storage/documents-store";
import { createApp } from "../../src/web/app";
import { createHarness } from "../support/harness";
import { newRequestForm, samplePdf, submittedRequest } from "../support/requests";

type Visitor = "anonymous" | "own" | "other" | "instructor" | "reporter" | "admin";
const VISITORS: Visitor[] = ["anonymous", "own", "other", "instructor", "reporter", "admin"];
const EVERYONE = VISITORS;
const SIGNED_IN: Visitor[] = ["own", "other", "instructor", "reporter", "admin"];
const READERS: Visitor[] = ["own", "instructor", "reporter", "admin"];
const STAFF: Visitor[] = ["instructor", "reporter", "admin"];

const MATRIX: Record<string, Visitor[]> = {
  "GET /api/v1/openapi.json": EVERYONE,
  "POST /api/v1/demandes": ["own", "other"],
  "POST /api/v1/demandes/:id/documents": ["own"],
  "POST /api/v1/demandes/:id/soumettre": ["own"],
  "GET /api/v1/demandes/:id": READERS,
  "POST /api/v1/demandes/:id/decisions": ["instructor"],
  "GET /api/v1/demandes": SIGNED_IN,
  "GET /api/v1/statistiques": SIGNED_IN,
  "GET /api/v1/documents/a-lire": ["admin"],
  "GET /api/v1/documents/:id/contenu": ["admin"],
  "POST /api/v1/documents/:id/lecture": ["admin"],
  "POST /api/v1/courriels/reserver": ["admin"],
  "POST /api/v1/courriels/:id/resultat": ["admin"],
  "POST /webhooks/datapass": [], // the connector is off: 404 (test/web/datapass-webhook.test.ts covers it on)
  "GET /api/docs": EVERYONE,
  "GET /": EVERYONE,
  "GET /sante": EVERYONE,
  "GET /connexion": EVERYONE,
  "POST /connexion/demo": [], // the demo is off
  "GET /connexion/oidc": [], // no provider configured: 404 for everyone (test/oidc covers the journey)
  "GET /connexion/oidc/retour": [],
  "POST /deconnexion": EVERYONE,
  "GET /demandes/:id/documents/:documentId": READERS,
  "GET /demandes/:id/lecture": READERS,
  "GET /demandes": ["own", "other"],
  "POST /demandes": ["own", "other"],
  "GET /demandes/nouvelle": ["own", "other"],
  "POST /demandes/nouvelle": ["own", "other"],
  "GET /demandes/:id/modifier": ["own"],
  "POST /demandes/:id/modifier": ["own"],
  "GET /demandes/:id": ["own"],
  "POST /demandes/:id/soumettre": ["own"],
  "POST /demandes/:id/documents": ["own"],
  "POST /demandes/:id/messages": ["own"],
  "POST /demandes/:id/acte-tarifaire": ["own"],
  "GET /instruction": STAFF,
  "GET /instruction/demandes/:id": STAFF,
  "POST /instruction/demandes/:id/prendre": ["instructor"],
  "POST /instruction/demandes/:id/liberer": ["instructor"],
  "POST /instruction/demandes/:id/messages": ["instructor"],
  "POST /instruction/demandes/:id/rouvrir": ["admin"],
  "POST /instruction/demandes/:id/valider": ["instructor"],
  "POST /instruction/demandes/:id/refuser": ["instructor"],
  "POST /instruction/demandes/:id/demander-acte-tarifaire": ["instructor"],
  "GET /admin/exports": ["admin"],
  "GET /admin/statistiques": ["admin"],
  "GET /admin/webhooks": ["admin"],
  "POST /admin/webhooks": ["admin"],
  "POST /admin/webhooks/:id/desactiver": ["admin"],
  "GET /admin/envois": ["admin"],
  "POST /admin/envois/:id/reessayer": ["admin"],
  "GET /admin/modeles": ["admin"],
  "POST /admin/modeles": ["admin"],
  "POST /admin/modeles/:id/supprimer": ["admin"],
  "GET /admin/utilisateurs": ["admin"],
  "POST /admin/utilisateurs": ["admin"],
  "POST /admin/utilisateurs/:id": ["admin"],
  "POST /admin/utilisateurs/:id/jeton": ["admin"],
  "POST /admin/organisations/:id/nom": ["admin"],
  "GET /admin/exports/demandes": ["admin"],
  "GET /admin/exports/decisions": ["admin"],
  "GET /statistiques": EVERYONE,
  "GET /regles": EVERYONE,
  "GET /statistiques/demandes-validees.csv": EVERYONE,
};

describe("access matrix", async () => {
  const harness = await createHarness();
  const mine = await harness.organisation();
  const theirs = await harness.organisation();
  const users = {
    own: await harness.user("applicant", mine.id),
    other: await harness.user("applicant", theirs.id),
    instructor: await harness.user("instructor"),
    reporter: await harness.user("reporter"),
    admin: await harness.user("admin"),
  };
  const tokens = {
    own: await createApiToken(harness.db, { role: "applicant", siret: mine.siret }, harness.clock.now),
    other: await createApiToken(harness.db, { role: "applicant", siret: theirs.siret }, harness.clock.now),
    instructor: await createApiToken(harness.db, { role: "instructor" }, harness.clock.now),
    reporter: await createApiToken(harness.db, { role: "reporter" }, harness.clock.now),
    admin: await createApiToken(harness.db, { role: "admin" }, harness.clock.now),
  };
  const submitted = await submittedRequest(harness, users.own);
  const draftResponse = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf()),
    as: users.own,
  });
  const draft = Number(draftResponse.headers.get("location")!.split("/").pop());
  const [document] = await listRequestDocuments(harness.db, submitted);
  const hook = await insertWebhook(
    harness.db,
    { url: "https://outil.example.fr/cadre", secret: "x" },
    harness.clock.now,
  );
  const [failedEnvoi] = await harness.db
    .insert(outbox)
    .values({
      kind: "email",
      recipient: "mairie@exemple.fr",
      subject: `Demande n° ${submitted} : validée`,
      body: "Bonjour",
      requestId: submitted,
      topic: "decision",
      status: "failed",
      attempts: 6,
      nextAttemptAt: harness.clock.now,
      createdAt: harness.clock.now,
    })
    .returning();
  await saveTemplate(harness.db, { name: "Modèle", decision: "reject", body: "Texte" }, harness.clock.now);
  const [template] = await listTemplates(harness.db);

  const DRAFT_ONLY = /\/(modifier|documents|soumettre)$/;
  function concrete(path: string): string {
    const request = DRAFT_ONLY.test(path) && !path.startsWith("/api/v1/documents") ? draft : submitted;
    return path
      .replace("/admin/webhooks/:id", `/admin/webhooks/${hook.id}`)
      .replace("/admin/envois/:id", `/admin/envois/${failedEnvoi!.id}`)
      .replace("/admin/modeles/:id", `/admin/modeles/${template!.id}`)
      .replace("/admin/utilisateurs/:id", `/admin/utilisateurs/${users.reporter.id}`)
      .replace("/api/v1/documents/:id", `/api/v1/documents/${document!.id}`)
      .replace(":documentId", String(document!.id))
      .replace(":id", String(request));
  }

  async function call(method: string, path: string, visitor: Visitor): Promise<Response> {
    const url = concrete(path);
    const api = path.startsWith("/api/");
    const body =
      method === "POST"
        ? path.endsWith("/decisions")
          ? JSON.stringify({ decision: "accept", version: 999 })
          : new URLSearchParams()
        : undefined;
    const headers: Record<string, string> = {};
    if (api && visitor !== "anonymous") headers.authorization = `Bearer ${tokens[visitor]}`;
    if (typeof body === "string") headers["content-type"] = "application/json";
    return harness.request(url, {
      method,
      body,
      headers,
      as: api || visitor === "anonymous" ? undefined : users[visitor],
    });
  }

  const denied = (response: Response) =>
    [401, 403, 404].includes(response.status) ||
    (response.status === 303 && response.headers.get("location") === "/connexion");

  const routes = [
    ...new Set(
      createApp({ db: harness.db, config: { production: false, demo: false, sessionSecret: "x", publicUrl: null } })
        .routes.filter((route) => route.method !== "ALL")
        .map((route) => `${route.method} ${route.path}`),
    ),
  ];

  it("has an entry for every route of the app, and no stale one", () => {
    expect(routes.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it.each(routes)("%s", async (route) => {
    const [method, path] = route.split(" ") as [string, string];
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const visitor of VISITORS) {
      const response = await call(method, path, visitor);
      outcome[visitor] = denied(response) ? "denied" : "allowed";
      expected[visitor] = (MATRIX[route] ?? []).includes(visitor) ? "allowed" : "denied";
    }
    expect(outcome).toEqual(expected);
  });
});
