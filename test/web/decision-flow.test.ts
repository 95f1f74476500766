/**
 * What an instructor sees around a decision, through HTTP: the confirmation banner, "… et passer
 * à la suivante" along the queue's filters and order, a conflict that tells who did what and
 * keeps the typed text on the new version, and the reopening's words.
 */

import { describe, expect, it } from "vitest";
import { findRequest } from "../../src/storage/requests-store";
import { createHarness } from "../support/harness";
import { pageText, visibleText } from "../support/html";
import { decisionForm, samplePdf, submittedRequestWith } from "../support/requests";

describe("decision flow", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ departement: "22" });
  const applicant = await harness.user("applicant", organisation.id);
  const alice = await harness.user("instructor");
  const bruno = await harness.user("instructor");
  const file = async (useCase?: string) => {
    harness.clock.now += 3_600_000;
    return submittedRequestWith(harness, applicant, {
      useCase,
      text: "Tarifs de la cantine selon le quotient familial.",
    });
  };
  const first = await file();
  const second = await file("tarification-transports");
  const third = await file();
  await harness.readingIdle();
  const decide = (id: number, path: string, body: URLSearchParams, query = "", headers: Record<string, string> = {}) =>
    harness.request(`/instruction/demandes/${id}/${path}${query}`, { method: "POST", body, as: alice, headers });

  it("confirms a decision on the request's page", async () => {
    const response = await decide(first, "valider", decisionForm(2), "?onglet=a-instruire&dept=22");
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toBe(`/instruction/demandes/${first}?onglet=a-instruire&dept=22&fait=accept&demande=${first}`);
    const text = await pageText(await harness.request(location, { as: alice }));
    expect(text).toContain(`Décision enregistrée : demande n° ${first} validée.`);
    expect(text).toContain("La collectivité en est informée par courriel.");
    expect(text).not.toContain("Voici la demande suivante");
  });

  it("passes to the next request in the queue's filters and order, then back to the queue when none is left", async () => {
    // Newest first, one use case: from the third, the next one is the first, not the second.
    const query = "?onglet=a-instruire&dept=22&cas=tarification-municipale-enfance&tri=recentes";
    const body = decisionForm(2, "Merci de joindre la grille tarifaire.");
    body.set("suite", "1");
    const response = await decide(third, "demander-acte-tarifaire", body, query.replace("a-instruire", "toutes"));
    const location = response.headers.get("location")!;
    expect(location).toBe(
      `/instruction/demandes/${first}?onglet=toutes&dept=22&cas=tarification-municipale-enfance&tri=recentes&fait=request_tariff_act&demande=${third}`,
    );
    const html = await (await harness.request(location, { as: alice })).text();
    const text = visibleText(html);
    expect(text).toContain(`Décision enregistrée : demande n° ${third} en attente de l'acte tarifaire.`);
    expect(text).toContain(`Voici la demande suivante de la file (n° ${first}).`);
    // The page keeps the same queue, without the banner's parameters.
    expect(html).toContain(
      'href="/instruction?onglet=toutes&amp;cas=tarification-municipale-enfance&amp;dept=22&amp;tri=recentes"',
    );

    const last = decisionForm(2, "Aucune condition tarifaire.");
    last.set("suite", "1");
    const done = await decide(second, "refuser", last, "?onglet=a-instruire&dept=22");
    expect(done.headers.get("location")).toBe(`/instruction?onglet=a-instruire&dept=22&fait=reject&demande=${second}`);
    const queue = await pageText(await harness.request(done.headers.get("location")!, { as: alice }));
    expect(queue).toContain(`Décision enregistrée : demande n° ${second} refusée.`);
    expect(queue).toContain("Aucune autre demande ne correspond aux filtres de la file.");
  });

  it("tells who changed the request and when, and keeps the typed text on the new version (boosted or not)", async () => {
    const id = await file();
    await harness.readingIdle();
    await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "Joignez la grille."),
      as: bruno,
    });
    for (const headers of [{}, { "hx-request": "true", "hx-boosted": "true" }] as Record<string, string>[]) {
      const late = await decide(id, "refuser", decisionForm(2, "Aucune condition fixée."), "", headers);
      expect(late.status).toBe(409);
      expect(late.headers.get("hx-push-url")).toBe("hx-boosted" in headers ? "false" : null);
      const html = await late.text();
      const text = visibleText(html);
      expect(text).toContain(`modifiée entre-temps par ${bruno.name} le`);
      expect(text).toContain("« Acte tarifaire demandé »");
      expect(text).toContain("votre texte est gardé ci-dessous");
      // The refusal form, on the new version, holds the typed text, ready to send again.
      const form = /<form[^>]*id="form-refuser"[\s\S]*?<\/form>/.exec(html)![0];
      expect(form).toContain('name="version" value="3"');
      expect(form).toContain("Aucune condition fixée.</textarea>");
      if (!("hx-boosted" in headers)) expect(html).toContain(`<body data-page-url="/instruction/demandes/${id}">`);
    }
    const resent = await decide(id, "refuser", decisionForm(3, "Aucune condition fixée."));
    expect(resent.status).toBe(303);
    expect((await findRequest(harness.db, id))?.state).toBe("rejected");
  });

  it("gives the agent's typed comment back on a stale tariff-act form, at the request's address", async () => {
    // The third request waits for its tariff act since the second test, at version 3.
    const form = new FormData();
    form.set("version", "2");
    form.set("commentaire", "Voici la grille votée en conseil.");
    form.set("documents", new File([(await samplePdf("Grille tarifaire.")) as Uint8Array<ArrayBuffer>], "grille.pdf"));
    const stale = await harness.request(`/demandes/${third}/acte-tarifaire`, {
      method: "POST",
      body: form,
      as: applicant,
    });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain(`<body data-page-url="/demandes/${third}">`);
    expect(html).toContain("Voici la grille votée en conseil.</textarea>");
  });

  it("shows the typed text apart when its decision is no longer possible", async () => {
    const id = await file();
    await harness.request(`/instruction/demandes/${id}/valider`, { method: "POST", body: decisionForm(2), as: bruno });
    const late = await decide(id, "refuser", decisionForm(2, "Texte tapé pour rien."));
    expect(late.status).toBe(409);
    const text = await pageText(late);
    expect(text).toContain("Votre texte, non envoyé");
    expect(text).toContain("Texte tapé pour rien.");
  });

  it("asks a reopening for a reason kept in the history, not a motivation for the collectivité", async () => {
    const admin = await harness.user("admin");
    const response = await harness.request(`/instruction/demandes/${first}/rouvrir`, {
      method: "POST",
      body: decisionForm(3, ""),
      as: admin,
    });
    expect(response.status).toBe(422);
    const text = await pageText(response);
    expect(text).toContain("La raison de la réouverture est obligatoire.");
    expect(text).toContain("cette raison restera dans son historique");
    expect(text).not.toContain("la collectivité lira");
  });
});
