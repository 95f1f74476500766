/** The instruction queue through HTTP: tabs, filters that combine, full-text search, keyset pages, neighbours, assignment. */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequestWith } from "../support/requests";

const ids = (html: string) =>
  [...html.matchAll(/href="\/instruction\/demandes\/(\d+)\?/g)].map((match) => Number(match[1]));

describe("instruction queue", async () => {
  const harness = await createHarness();
  const lyon = await harness.organisation({ name: "Commune de Lyonnet-les-Bains", departement: "69" });
  const brest = await harness.organisation({ name: "Ville de Brestoise", departement: "29" });
  const lyonAgent = await harness.user("applicant", lyon.id);
  const brestAgent = await harness.user("applicant", brest.id);
  const alice = await harness.user("instructor");
  const bruno = await harness.user("instructor");

  const file = async (agent: typeof lyonAgent, options: Parameters<typeof submittedRequestWith>[2]) => {
    harness.clock.now += 3_600_000; // one hour apart: a stable oldest-first order
    return submittedRequestWith(harness, agent, options);
  };
  const canteen = await file(lyonAgent, { text: "Tarifs de la cantine scolaire selon le quotient familial." });
  const transport = await file(brestAgent, {
    useCase: "tarification-transports",
    scopes: ["complementaire_sante_solidaire"],
    text: "Tarification solidaire des transports pour les bénéficiaires de la complémentaire santé solidaire.",
  });
  const leisure = await file(lyonAgent, {
    scopes: ["cnaf_quotient_familial", "cnaf_enfants"],
    text: "Accueil de loisirs.",
  });
  await harness.readingIdle();
  const queue = async (query = "", as = alice) => {
    const response = await harness.request(`/instruction${query}`, { as });
    expect(response.status).toBe(200);
    return response.text();
  };

  it("lists the submitted requests oldest first with tab counts", async () => {
    const html = await queue();
    expect(ids(html)).toEqual([canteen, transport, leisure]);
    expect(await pageText(new Response(html))).toContain("À instruire (3)");
  });

  it("combines filters from the URL", async () => {
    expect(ids(await queue("?dept=69"))).toEqual([canteen, leisure]);
    expect(ids(await queue("?dept=69&donnee=cnaf_enfants"))).toEqual([leisure]);
    expect(ids(await queue("?cas=tarification-transports"))).toEqual([transport]);
    expect(ids(await queue("?dept=29&cas=tarification-municipale-enfance"))).toEqual([]);
  });

  it("searches organisations, numbers and the documents' text, accents or not", async () => {
    expect(ids(await queue("?q=brestoise"))).toEqual([transport]);
    expect(ids(await queue("?q=complementaire%20sante"))).toEqual([transport]);
    expect(ids(await queue(`?q=${canteen}`))).toContain(canteen);
    expect(ids(await queue("?q=%22cantine%22*%20(%20%5E"))).toEqual([canteen]);
  });

  it("pages with a keyset cursor and finds neighbours from the review page", async () => {
    const first = await harness.request(`/instruction/demandes/${transport}?onglet=a-instruire`, { as: alice });
    const html = await first.text();
    expect(html).toContain(`href="/instruction/demandes/${canteen}?onglet=a-instruire"`);
    expect(html).toContain(`href="/instruction/demandes/${leisure}?onglet=a-instruire"`);
  });

  it("lets an instructor take a request, shows it in their tab, and refuses it to a colleague", async () => {
    const taken = await harness.request(`/instruction/demandes/${leisure}/prendre`, {
      method: "POST",
      body: new URLSearchParams(),
      as: alice,
    });
    expect(taken.status).toBe(303);
    expect(ids(await queue("?onglet=suivies"))).toEqual([leisure]);
    expect(ids(await queue("?onglet=suivies", bruno))).toEqual([]);
    const refused = await harness.request(`/instruction/demandes/${leisure}/prendre`, {
      method: "POST",
      body: new URLSearchParams(),
      as: bruno,
    });
    expect(refused.status).toBe(409);
    expect(await pageText(refused)).toContain(`${alice.name} suit déjà cette demande`);
    const released = await harness.request(`/instruction/demandes/${leisure}/liberer`, {
      method: "POST",
      body: new URLSearchParams(),
      as: alice,
    });
    expect(released.status).toBe(303);
    expect(ids(await queue("?onglet=suivies"))).toEqual([]);
    const logged = await harness.db.select().from(events).where(eq(events.requestId, leisure));
    // Alice's take and release are logged; Bruno's refused take is not.
    expect(
      logged
        .filter((event) => event.type === "assigned" || event.type === "released")
        .map((event) => [event.type, event.actorId]),
    ).toEqual([
      ["assigned", alice.id],
      ["released", alice.id],
    ]);
  });

  it("moves a decided request to its tab", async () => {
    await harness.request(`/instruction/demandes/${canteen}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "Joignez la grille."),
      as: alice,
    });
    expect(ids(await queue())).toEqual([transport, leisure]);
    expect(ids(await queue("?onglet=acte-tarifaire"))).toEqual([canteen]);
  });

  it("answers htmx with the results fragment only, and history restores with the page", async () => {
    const fragment = await harness.request("/instruction?dept=29", { as: alice, headers: { "hx-request": "true" } });
    const html = await fragment.text();
    expect(html.startsWith('<div id="file">')).toBe(true);
    const restore = await harness.request("/instruction?dept=29", {
      as: alice,
      headers: { "hx-request": "true", "hx-history-restore-request": "true" },
    });
    expect((await restore.text()).startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("shows the same pages read-only to a reporter", async () => {
    const reporter = await harness.user("reporter");
    expect(ids(await queue("", reporter)).length).toBeGreaterThan(0);
    const page = await (await harness.request(`/instruction/demandes/${transport}`, { as: reporter })).text();
    expect(page).not.toContain("Prendre cette demande");
    expect(page).not.toContain("Valider la demande");
    const taking = await harness.request(`/instruction/demandes/${transport}/prendre`, {
      method: "POST",
      body: new URLSearchParams(),
      as: reporter,
    });
    expect(taking.status).toBe(403);
  });
});
