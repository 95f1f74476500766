/** The API journey of docs/api.md, on every storage: file, read, privacy, 422 and 409, tariff act round trip, accept, statistics. */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { apiRoutes } from "../../src/web/routes/api-routes";
import { OPENAPI } from "../../src/web/openapi";
import { createHarness } from "../support/harness";
import { uniqueSiret } from "../support/harness-core";
import { samplePdf } from "../support/requests";

const DELIBERATION = [
  "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
  "Séance du 12 janvier 2026. Objet : tarifs de la restauration scolaire.",
  "Après en avoir délibéré, le conseil municipal, à l'unanimité, DÉCIDE :",
  "Article 1 : les tarifs du repas sont fixés selon le quotient familial CAF de la famille :",
  "QF de 0 à 500 € : 1,10 € ; QF de 501 à 900 € : 2,40 € ; QF supérieur à 900 € : 3,80 €.",
  "Article 2 : les familles domiciliées hors commune paient 4,90 € par repas.",
].join("\n");

describe("API /api/v1", async () => {
  const harness = await createHarness();
  const siret = uniqueSiret();
  const editor = await createApiToken(harness.db, { role: "applicant", siret }, harness.clock.now);
  const stranger = await createApiToken(harness.db, { role: "applicant", siret: uniqueSiret() }, harness.clock.now);
  const instructor = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
  const api = (token: string | null, path: string, init: RequestInit = {}) =>
    harness.request(`/api/v1${path}`, {
      ...init,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string>) },
    });
  const json = (body: unknown) => ({
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  const filing = async (files: { name: string; bytes: Uint8Array }[], fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files) form.append("documents", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name));
    return { method: "POST", body: form };
  };

  let id = 0;

  it("files a request with its délibération (201) and reads it", async () => {
    const response = await api(
      editor,
      "/demandes",
      await filing([{ name: "deliberation.pdf", bytes: await samplePdf(DELIBERATION) }], {
        use_case: "tarification-municipale-enfance",
        scopes: "cnaf_quotient_familial,cnaf_adresse",
        cadre_juridique_nature: "Délibération du 12 janvier 2026 fixant les tarifs de la restauration scolaire",
      }),
    );
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: number; state: string; version: number };
    expect(created).toMatchObject({ state: "draft", version: 1 });
    id = created.id;
    await harness.readingIdle();
    const body = (await (await api(editor, `/demandes/${id}`)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id, state: "draft", version: 1, scopes: ["cnaf_adresse", "cnaf_quotient_familial"] });
    expect(body.annotation_status).toBe("done");
    expect(body.signals).toMatchObject({
      is_deliberation: true,
      fixes_tariffs: true,
      tariff_by_quotient_familial: true,
    });
    expect(body.suggestion).toMatchObject({ decision: "accept" });
    expect((body.documents as { reading_status: string }[])[0]?.reading_status).toBe("done");
  });

  it("never lets another organisation's token see or touch the request", async () => {
    const read = await api(stranger, `/demandes/${id}`);
    expect(read.status).toBe(404);
    expect(await read.json()).toMatchObject({ error: { code: "not_found" } });
    expect((await api(stranger, `/demandes/${id}/soumettre`, { method: "POST" })).status).toBe(404);
    const list = (await (await api(stranger, "/demandes")).json()) as { demandes: { id: number }[] };
    expect(list.demandes.map((row) => row.id)).not.toContain(id);
  });

  it("refuses calls without a valid token, in JSON", async () => {
    const response = await api(null, `/demandes/${id}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect((await api("cadre_faux", "/demandes")).status).toBe(401);
  });

  it("submits, then refuses a rejection without motivation (422) and a stale version (409)", async () => {
    const submitted = await api(editor, `/demandes/${id}/soumettre`, { method: "POST" });
    expect(await submitted.json()).toEqual({ id, state: "submitted", version: 2 });
    const missing = await api(instructor, `/demandes/${id}/decisions`, json({ decision: "reject", version: 2 }));
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ error: { code: "validation" } });
    const stale = await api(instructor, `/demandes/${id}/decisions`, json({ decision: "accept", version: 1 }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "conflict" } });
    const byApplicant = await api(editor, `/demandes/${id}/decisions`, json({ decision: "accept", version: 2 }));
    expect(byApplicant.status).toBe(403);
  });

  it("goes round the tariff act: requested, refused without a new document, provided, accepted", async () => {
    const asked = await api(
      instructor,
      `/demandes/${id}/decisions`,
      json({ decision: "request_tariff_act", motivation: "Joignez la grille tarifaire en vigueur.", version: 2 }),
    );
    expect(await asked.json()).toEqual({ state: "tariff_act_requested", version: 3 });
    harness.clock.now += 60_000;
    expect((await api(editor, `/demandes/${id}/soumettre`, { method: "POST" })).status).toBe(422);
    const added = await api(
      editor,
      `/demandes/${id}/documents`,
      await filing([{ name: "grille.pdf", bytes: await samplePdf("Grille tarifaire 2026") }], {
        kind: "acte_tarifaire",
      }),
    );
    expect(added.status).toBe(201);
    const back = await api(editor, `/demandes/${id}/soumettre`, { method: "POST" });
    expect(await back.json()).toEqual({ id, state: "submitted", version: 4 });
    harness.clock.now += 86_400_000;
    const accepted = await api(instructor, `/demandes/${id}/decisions`, json({ decision: "accept", version: 4 }));
    expect(await accepted.json()).toEqual({ state: "accepted", version: 5 });
    const detail = (await (await api(editor, `/demandes/${id}`)).json()) as { events: { type: string }[] };
    expect(detail.events.map((event) => event.type)).toEqual([
      "created",
      "submit",
      "request_tariff_act",
      "documents_added",
      "provide_tariff_act",
      "accept",
    ]);
  });

  it("documents every API route in the public OpenAPI description", async () => {
    const response = await api(null, "/openapi.json");
    expect(response.status).toBe(200);
    const spec = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toBe("3.1.0");
    // A route with its own middleware (a limit) is listed once per handler: count it once.
    const served = [
      ...new Set(
        apiRoutes.routes
          .filter((route) => route.method !== "ALL" && route.path.startsWith("/api/v1/"))
          .map(
            (route) => `${route.method.toLowerCase()} ${route.path.replace("/api/v1", "").replace(/:(\w+)/g, "{$1}")}`,
          ),
      ),
    ];
    const documented = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(served.sort()).toEqual(documented.sort());
  });

  it("lists by state and counts the decisions in the statistics", async () => {
    const list = (await (await api(editor, "/demandes?state=accepted")).json()) as { demandes: { id: number }[] };
    expect(list.demandes.map((row) => row.id)).toEqual([id]);
    const stats = (await (await api(instructor, "/statistiques?from=2026-01-01&to=2027-01-01")).json()) as Record<
      string,
      unknown
    >;
    expect(stats).toMatchObject({
      submitted: 1,
      decided: 1,
      accepted: 1,
      rejected: 0,
      tariff_act_requested: 1,
      acceptance_rate: 1,
    });
    expect(stats.decision_days).toEqual({ p50: 1 + 1 / 1440, p80: 1 + 1 / 1440 });
    expect((await api(editor, "/demandes?state=nimporte")).status).toBe(422);
  });
});

describe("API documentation for people", async () => {
  const harness = await createHarness();

  it("renders every operation, its errors and the schemas from the OpenAPI document, without scripts", async () => {
    const response = await harness.request("/api/docs");
    expect(response.status).toBe(200);
    const page = await response.text();
    for (const methods of Object.values(OPENAPI.paths)) {
      for (const operation of Object.values(methods)) expect(page).toContain(`id="${operation.operationId}"`);
    }
    for (const code of ["too_large", "rate_limited", "conflict", "validation"]) expect(page).toContain(code);
    expect(page).toContain('id="schema-UseCase"');
    expect(page).toContain("api-particulier-tarification-municipale-enfance");
    expect(page).not.toMatch(/<script[^>]+src="https?:/);
  });
});

describe("an editor's API journey with DataPass's identifiers", async () => {
  const harness = await createHarness();
  const editor = await createApiToken(harness.db, { role: "applicant", siret: uniqueSiret() }, harness.clock.now);
  const instructor = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
  const api = (token: string, path: string, init: RequestInit = {}) =>
    harness.request(`/api/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
  const form = (fields: Record<string, string>) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return { method: "POST", body };
  };

  it("tells which values are accepted when a use case or a scope is unknown, or ambiguous", async () => {
    const unknown = await api(editor, "/demandes", form({ use_case: "cantine", scopes: "cnaf_qf" }));
    expect(unknown.status).toBe(422);
    const { error } = (await unknown.json()) as { error: { fields: Record<string, string> } };
    expect(error.fields.use_case).toContain("api-particulier-tarification-municipale-enfance");
    expect(error.fields.use_case).toContain("/api/v1/openapi.json");
    expect(error.fields.scopes).toContain("cnaf_qf");
    const ambiguous = await api(editor, "/demandes", form({ use_case: "ccas", scopes: "cnaf_quotient_familial" }));
    expect(((await ambiguous.json()) as { error: { fields: Record<string, string> } }).error.fields.use_case).toContain(
      "api-particulier-aides-sociales-ccas-dont-facultatives",
    );
  });

  it("creates, uploads, submits, reads, is decided and counted, with DataPass's words", async () => {
    const created = await api(
      editor,
      "/demandes",
      form({
        use_case: "api-particulier-tarification-municipale-enfance",
        scopes: "cnaf_quotient_familial,cnaf_enfants",
        cadre_juridique_nature: "Délibération du 12 janvier 2026",
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const upload = new FormData();
    upload.append("kind", "deliberation");
    upload.append(
      "documents",
      new File([(await samplePdf(DELIBERATION)) as Uint8Array<ArrayBuffer>], "deliberation.pdf"),
    );
    expect((await api(editor, `/demandes/${id}/documents`, { method: "POST", body: upload })).status).toBe(201);
    await harness.readingIdle();
    expect(await (await api(editor, `/demandes/${id}/soumettre`, { method: "POST" })).json()).toMatchObject({
      state: "submitted",
    });
    const detail = (await (await api(instructor, `/demandes/${id}`)).json()) as Record<string, unknown>;
    expect(detail).toMatchObject({
      use_case: "tarification-municipale-enfance",
      datapass_form: "api-particulier-tarification-municipale-enfance",
      scopes: ["cnaf_enfants", "cnaf_quotient_familial"],
      annotation_status: "done",
      datapass: null,
    });
    const listed = (await (await api(instructor, "/demandes?state=submitted")).json()) as {
      demandes: { id: number; datapass_form: string }[];
    };
    expect(listed.demandes.find((row) => row.id === id)?.datapass_form).toBe(
      "api-particulier-tarification-municipale-enfance",
    );
    const acceptedBefore = ((await (await api(instructor, "/statistiques")).json()) as { accepted: number }).accepted;
    const decided = await api(instructor, `/demandes/${id}/decisions`, {
      method: "POST",
      body: JSON.stringify({ decision: "accept", version: detail.version }),
      headers: { "content-type": "application/json" },
    });
    expect(await decided.json()).toMatchObject({ state: "accepted" });
    const stats = (await (await api(instructor, "/statistiques")).json()) as { accepted: number };
    expect(stats.accepted).toBe(acceptedBefore + 1);
  });
});
