/**
 * The act given by URL, through HTTP on every storage: an address Cadre must not reach is
 * refused without any connection, nothing is stored, and both the agent and the instructor
 * see why. (Fetching from real servers: test/outbound/act-from-url.test.ts, on Node.)
 */

import { describe, expect, it } from "vitest";
import { listRequestDocuments, listRequestIdsAwaitingAct } from "../../src/storage/documents-store";
import { listEvents } from "../../src/storage/history-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { newRequestForm, samplePdf } from "../support/requests";

describe("act given by URL", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  async function draft(url: string, withPdf = false): Promise<number> {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(withPdf ? await samplePdf() : null, { cadre_juridique_url: url }),
      as: applicant,
    });
    expect(created.status).toBe(303);
    await harness.actFetchIdle();
    return Number(/\/demandes\/(\d+)/.exec(created.headers.get("location") ?? "")![1]);
  }

  it("refuses a private address, stores nothing, and explains it to the agent and the instructor", async () => {
    const id = await draft("https://192.168.1.10/deliberations/acte.pdf");
    expect(await listRequestDocuments(harness.db, id)).toEqual([]);
    const failed = (await listEvents(harness.db, id)).filter((event) => event.type === "act_fetch_failed");
    expect(failed.map((event) => event.payload.failure)).toEqual(["forbidden_address"]);
    const agentPage = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(agentPage).toContain(
      "Cadre n'a pas pu récupérer l'acte à cette adresse le 2 novembre 2026 à 10:00 : L'adresse « 192.168.1.10 » mène vers un réseau privé : Cadre ne s'y connecte pas. Donnez une adresse publique. Joignez l'acte en document, ou corrigez l'adresse.",
    );
    // Submitting is still possible (the URL stands for the act); Cadre tries again and says it again.
    const submitted = await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    expect(submitted.status).toBe(303);
    await harness.actFetchIdle();
    const instructorPage = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }));
    expect(instructorPage).toContain(
      "Échec de la récupération de l'acte depuis son adresse — 2 novembre 2026 à 10:00 — Cadre (automatique)",
    );
    expect(instructorPage).toContain("mène vers un réseau privé");
  });

  it("refuses plain http and the cloud metadata address", async () => {
    const plain = await draft("http://www.mairie-exemple.fr/acte.pdf");
    expect(await pageText(await harness.request(`/demandes/${plain}`, { as: applicant }))).toContain(
      "Seules les adresses en https:// sont acceptées",
    );
    const metadata = await draft("https://169.254.169.254/latest/meta-data/");
    expect(await pageText(await harness.request(`/demandes/${metadata}`, { as: applicant }))).toContain(
      "mène vers un réseau local (lien local)",
    );
  });

  it("fetches nothing when a document is uploaded", async () => {
    const id = await draft("https://192.168.1.10/acte.pdf", true);
    const waiting = await draft("https://192.168.1.10/autre.pdf");
    // What Node tries again at start: undecided, an address, no document.
    const awaiting = await listRequestIdsAwaitingAct(harness.db);
    expect(awaiting).toContain(waiting);
    expect(awaiting).not.toContain(id);
    expect((await listEvents(harness.db, id)).map((event) => event.type)).not.toContain("act_fetch_failed");
    expect(await pageText(await harness.request(`/demandes/${id}`, { as: applicant }))).not.toContain(
      "Cadre n'a pas pu récupérer",
    );
  });
});
