/**
 * The DataPass connector against a local stand-in of DataPass (test/support/datapass-stand-in.ts):
 * signed webhooks, the token and demandes endpoints, import, later events, replays, events out
 * of order, unknown ids, tokens DataPass no longer accepts, and a DataPass too slow to answer.
 * On Node and sqld the stand-in listens on 127.0.0.1; workerd cannot open a server, so there
 * the same stand-in answers in-process through the app's `fetch` (timeouts included).
 */

import { renderTextPdf } from "../../src/demo/pdf";
import { afterAll, describe, expect, it } from "vitest";
import { datapassSignature } from "../../src/datapass/signature";
import { createApiToken } from "../../src/services/create-api-token";
import { createHarness, RUNTIME } from "../support/harness";
import { uniqueSiret } from "../support/harness-core";
import {
  CLIENT_ID,
  CLIENT_SECRET,
  createDatapassStandIn,
  WEBHOOK_SECRET,
  type StandInDemande,
} from "../support/datapass-stand-in";

const standIn = createDatapassStandIn();

/** workerd: the stand-in in-process, the request's abort signal honoured like a socket's. */
function inProcessFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const aborted = new Promise<never>((_, fail) =>
    init.signal?.addEventListener("abort", () => fail(init.signal!.reason as Error), { once: true }),
  );
  return Promise.race([Promise.resolve(standIn.app.request(input, { ...init, signal: undefined })), aborted]);
}

const served =
  (RUNTIME as string) === "workerd"
    ? null
    : await (await import("../support/serve-stand-in")).serveOnLoopback(standIn.app);
const DATAPASS_URL = served?.url ?? "http://datapass.test";
afterAll(() => served?.close());

let nextId = 7000 + Math.floor(Math.random() * 1000) * 10;
function demande(overrides: Partial<StandInDemande["data"]> = {}): StandInDemande {
  const id = ++nextId;
  const created: StandInDemande = {
    id,
    public_id: `pub-${id}`,
    form_uid: "api-particulier-tarification-municipale-enfance",
    state: "submitted",
    data: {
      intitule: "Tarification de la cantine",
      scopes: ["cnaf_quotient_familial", "cnaf_adresse"],
      cadre_juridique_nature: "Délibération du conseil municipal du 12 janvier 2026",
      cadre_juridique_url: "https://www.mairie-exemple.fr/deliberations/2026-01-12.pdf",
      ...overrides,
    },
    organisation: { siret: uniqueSiret(), raison_sociale: "COMMUNE DE SAINT-EXEMPLE" },
    applicant: { email: `agent-${id}@mairie-exemple.fr`, given_name: "Camille", family_name: "Martin" },
  };
  standIn.demandes.set(id, created);
  return created;
}

describe("DataPass connector", async () => {
  const harness = await createHarness(
    {
      datapass: {
        url: DATAPASS_URL,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        webhookSecret: WEBHOOK_SECRET,
        // Far above a loopback answer, so that only the held demande times out.
        timeoutMs: 2_000,
      },
      // The stand-in's acts are served on loopback.
      outboundAllowLoopback: true,
    },
    { fetch: served ? undefined : inProcessFetch },
  );
  const instructor = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
  const api = async (path: string) =>
    (await (
      await harness.request(`/api/v1${path}`, { headers: { authorization: `Bearer ${instructor}` } })
    ).json()) as Record<string, unknown>;
  const deliver = async (event: string, from: StandInDemande, firedAt: number, secret?: string) => {
    const { body, headers } = await standIn.webhook(event, from, firedAt, secret);
    const response = await harness.request("/webhooks/datapass", { method: "POST", body, headers, origin: null });
    // An imported act address is fetched after the answer, through the outgoing guard: wait for it.
    await harness.actFetchIdle();
    return response;
  };
  const count = async (table: string) =>
    Number(((await harness.db.all(`select count(*) as n from ${table}`)) as { n: number }[])[0]!.n);

  it("imports a submitted demande: organisation, applicant, data, link back, act address", async () => {
    const submitted = demande();
    const response = await deliver("submit", submitted, 1_767_000_000);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { outcome: string; request_id: number };
    expect(answer.outcome).toBe("imported");
    const detail = await api(`/demandes/${answer.request_id}`);
    expect(detail).toMatchObject({
      state: "submitted",
      use_case: "tarification-municipale-enfance",
      datapass_form: "api-particulier-tarification-municipale-enfance",
      scopes: ["cnaf_adresse", "cnaf_quotient_familial"],
      cadre_juridique_nature: "Délibération du conseil municipal du 12 janvier 2026",
      cadre_juridique_url: "https://www.mairie-exemple.fr/deliberations/2026-01-12.pdf",
      organisation: { siret: submitted.organisation.siret, name: "COMMUNE DE SAINT-EXEMPLE" },
      datapass: {
        id: submitted.id,
        public_id: submitted.public_id,
        state: "submitted",
        url: `${DATAPASS_URL}/demandes/${submitted.id}`,
      },
    });
    expect((detail.datapass as { documents_note: string }).documents_note).toContain("pas exposées par son API");
    // The act's address is fetched like any act given by URL: here no server answers for it, so
    // the request says why (the reading of acts by URL is tested in act-from-url.test.ts).
    expect((detail.events as { type: string }[]).map((event) => event.type)).toEqual([
      "created",
      "submit",
      "act_url_recorded",
      "act_fetch_failed",
    ]);
  });

  // On Node and sqld, where the stand-in listens on loopback: the act at the demande's address is
  // fetched through the outgoing guard and read like an upload (workerd cannot open a server).
  it.runIf(Boolean(served))("reads the act at the imported demande's address", async () => {
    standIn.acts.set(
      "tarifs-cantine.pdf",
      await renderTextPdf({
        title: "Délibération n° 2026-004",
        text: "Le conseil municipal, après en avoir délibéré, fixe les tarifs de la cantine selon le quotient familial : QF de 0 à 600 € : 1,20 € ; au-delà : 3,10 €. Les familles domiciliées hors de la commune acquittent un tarif majoré de 1 €.",
      }),
    );
    const withAct = demande({ cadre_juridique_url: `${DATAPASS_URL}/actes/tarifs-cantine.pdf` });
    const { request_id: id } = (await (await deliver("submit", withAct, 1_767_004_000)).json()) as {
      request_id: number;
    };
    await harness.readingIdle();
    const detail = await api(`/demandes/${id}`);
    const types = (detail.events as { type: string }[]).map((event) => event.type);
    expect(types).toContain("act_fetched");
    expect(types).not.toContain("act_fetch_failed");
    expect(detail.documents).toEqual([expect.objectContaining({ reading_status: "done" })]);
    expect(detail.scope_verdicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: "cnaf_quotient_familial", status: "pass" }),
        expect.objectContaining({ scope: "cnaf_adresse", status: "pass" }),
      ]),
    );
  });

  it("follows later events in the history; a replay or an older event changes nothing twice", async () => {
    const followed = demande();
    const { request_id: id } = (await (await deliver("submit", followed, 1_767_000_100)).json()) as {
      request_id: number;
    };
    const deliveries = await count("datapass_deliveries");

    expect(await (await deliver("approve", { ...followed, state: "validated" }, 1_767_000_300)).json()).toMatchObject({
      outcome: "recorded",
    });
    // Replayed: same event, same fired_at.
    expect(await (await deliver("approve", { ...followed, state: "validated" }, 1_767_000_300)).json()).toMatchObject({
      outcome: "replayed",
    });
    expect(await (await deliver("submit", followed, 1_767_000_100)).json()).toMatchObject({ outcome: "replayed" });
    // Out of order: the request for changes happened before the approval, and arrives after it.
    expect(
      await (await deliver("request_changes", { ...followed, state: "changes_requested" }, 1_767_000_200)).json(),
    ).toMatchObject({ outcome: "recorded" });

    const detail = await api(`/demandes/${id}`);
    expect((detail.datapass as { state: string }).state).toBe("validated");
    expect((detail.events as { type: string }[]).map((event) => event.type)).toEqual([
      "created",
      "submit",
      "act_url_recorded",
      "act_fetch_failed",
      "datapass_approve",
      "datapass_request_changes",
    ]);
    expect(await count("datapass_deliveries")).toBe(deliveries + 2);

    const page = await harness.request(`/instruction/demandes/${id}`, { as: await harness.user("instructor") });
    const html = await page.text();
    expect(html).toContain(`href="${DATAPASS_URL}/demandes/${followed.id}"`);
    expect(html).toContain("Demande validée dans DataPass");
    expect(html).toContain("pas exposées par son API");
    expect(html).toContain("Formulaire DataPass : api-particulier-tarification-municipale-enfance");
  });

  it("takes a later submission's data as a new version", async () => {
    const changed = demande();
    const { request_id: id } = (await (await deliver("submit", changed, 1_767_001_000)).json()) as {
      request_id: number;
    };
    changed.data = { ...changed.data, scopes: ["cnaf_quotient_familial"] };
    expect(await (await deliver("submit", changed, 1_767_002_000)).json()).toMatchObject({ outcome: "updated" });
    const detail = await api(`/demandes/${id}`);
    expect(detail).toMatchObject({ version: 3, scopes: ["cnaf_quotient_familial"] });
    // (The act's address is tried again after the new submission: its failure follows in the history.)
    const types = (detail.events as { type: string }[]).map((event) => event.type);
    expect(types.filter((type) => !type.startsWith("act_fetch")).at(-1)).toBe("datapass_submit");

    // Once Cadre has decided, a new submission in DataPass joins the history and changes no data.
    const accepted = await harness.request(`/api/v1/demandes/${id}/decisions`, {
      method: "POST",
      body: JSON.stringify({ decision: "accept", version: 3 }),
      headers: { authorization: `Bearer ${instructor}`, "content-type": "application/json" },
    });
    expect(accepted.status).toBe(200);
    changed.data = { ...changed.data, scopes: ["cnaf_adresse"] };
    expect(await (await deliver("submit", changed, 1_767_003_000)).json()).toMatchObject({ outcome: "recorded" });
    expect(await api(`/demandes/${id}`)).toMatchObject({
      state: "accepted",
      version: 4,
      scopes: ["cnaf_quotient_familial"],
    });
  });

  it("refuses a wrong or missing signature before reading anything", async () => {
    const signed = demande();
    const before = await count("requests");
    const calls = standIn.state.demandeCalls;
    expect((await deliver("submit", signed, 1_767_003_000, "another-secret-0123456789")).status).toBe(401);
    const { body } = await standIn.webhook("submit", signed, 1_767_003_000);
    const unsigned = await harness.request("/webhooks/datapass", {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      origin: null,
    });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: { code: "unauthenticated" } });
    const { headers } = await standIn.webhook("submit", signed, 1_767_003_001);
    const tampered = await harness.request("/webhooks/datapass", { method: "POST", body, headers, origin: null });
    expect(tampered.status).toBe(401);
    expect(await count("requests")).toBe(before);
    expect(standIn.state.demandeCalls).toBe(calls);
  });

  it("answers 422 for a signed body it cannot read, and writes nothing", async () => {
    const before = await count("requests");
    for (const body of ["pas du JSON", JSON.stringify({ event: "submit", data: { id: 1 } })]) {
      const signature = await datapassSignature(WEBHOOK_SECRET, new TextEncoder().encode(body));
      const response = await harness.request("/webhooks/datapass", {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "x-hub-signature-256": signature },
        origin: null,
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ error: { code: "validation" } });
    }
    expect(await count("requests")).toBe(before);
  });

  it("answers 422 for a demande DataPass does not know, and imports nothing", async () => {
    const ghost = demande();
    standIn.demandes.delete(ghost.id);
    const before = await count("requests");
    const response = await deliver("submit", ghost, 1_767_004_000);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(String(ghost.id));
    expect(await count("requests")).toBe(before);
  });

  it("refuses a demande it cannot import (another form, an applicant of another organisation), writing nothing", async () => {
    const before = { requests: await count("requests"), organisations: await count("organisations") };
    const entreprise = demande();
    entreprise.form_uid = "api-entreprise";
    const refused = await deliver("submit", entreprise, 1_767_004_500);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("api-entreprise");
    const taken = demande();
    taken.applicant.email = (await harness.user("instructor")).email;
    expect((await deliver("submit", taken, 1_767_004_600)).status).toBe(422);
    expect({ requests: await count("requests"), organisations: await count("organisations") }).toEqual(before);
  });

  it("keeps its token until shortly before it expires, and asks again when DataPass refuses it", async () => {
    const issued = standIn.state.tokensIssued;
    await deliver("submit", demande(), 1_767_005_000);
    expect(standIn.state.tokensIssued).toBe(issued);
    standIn.expireTokens();
    expect(await (await deliver("submit", demande(), 1_767_005_100)).json()).toMatchObject({ outcome: "imported" });
    expect(standIn.state.tokensIssued).toBe(issued + 1);
    harness.clock.now += 3600_000 - 20_000;
    expect(await (await deliver("submit", demande(), 1_767_005_200)).json()).toMatchObject({ outcome: "imported" });
    expect(standIn.state.tokensIssued).toBe(issued + 2);
  });

  it("answers 502 when DataPass is too slow, writes nothing, and imports on the next delivery", async () => {
    const slow = demande();
    const before = await count("requests");
    const release = standIn.hold();
    const response = await deliver("submit", slow, 1_767_006_000);
    release();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ error: { code: "upstream_unavailable" } });
    expect(await count("requests")).toBe(before);
    expect(await (await deliver("submit", slow, 1_767_006_000)).json()).toMatchObject({ outcome: "imported" });
  });

  it("is off without its settings: 404", async () => {
    const off = await createHarness();
    const { body, headers } = await standIn.webhook("submit", demande(), 1_767_007_000);
    expect((await off.request("/webhooks/datapass", { method: "POST", body, headers, origin: null })).status).toBe(404);
  });
});
