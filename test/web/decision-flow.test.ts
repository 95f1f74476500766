/**
 * What an instructor sees around a decision, through HTTP: the confirmation banner, "… et passer
 * à la suivante" along the queue's filters and order, a conflict that tells who did what and
 * keeps the typed text on the new version, and the reopening's words.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findRequest } from "../../src/storage/requests-store";
import { decisions } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText, textareaText, visibleText } from "../support/html";
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
  const decisionsOf = (id: number) => harness.db.select().from(decisions).where(eq(decisions.requestId, id));
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
      // The decision form, on the new version, holds the typed text in the refusal box, ready to send again.
      const form = /<form[^>]*id="form-decision"[\s\S]*?<\/form>/.exec(html)![0];
      expect(form.match(/name="version"/g)).toEqual(['name="version"']);
      expect(form).toContain('name="version" value="3"');
      const box = /<div[^>]*id="form-refuser"[\s\S]*?<\/ul>/.exec(form)![0];
      expect(box).toContain('name="motivation-refuser"');
      expect(box).toContain("Aucune condition fixée.</textarea>");
      expect(box).toContain(`formaction="/instruction/demandes/${id}/refuser?onglet=a-instruire"`);
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

  it("decides with its own box's text, and keeps every box's text when the decision is refused", async () => {
    const id = await file();
    await harness.readingIdle();
    const boxes = (refusal: string) =>
      new URLSearchParams({
        version: "2",
        "motivation-valider": "Brouillon de validation.",
        "motivation-demander-acte-tarifaire": "Il manque la grille <votée> & signée.",
        "motivation-refuser": refusal,
        onglet: "a-instruire",
      });
    const refused = await decide(id, "refuser", boxes("  "), "?onglet=a-instruire");
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(visibleText(html)).toContain("La motivation est obligatoire");
    expect(textareaText(html, "motivation-valider")).toBe("Brouillon de validation.");
    expect(textareaText(html, "motivation-demander-acte-tarifaire")).toBe("Il manque la grille <votée> & signée.");
    expect(textareaText(html, "motivation-refuser")).toBe("  ");
    expect(html).toContain('aria-describedby="motivation-refuser-erreur"');

    const sent = await decide(id, "refuser", boxes("Aucune condition tarifaire."), "?onglet=a-instruire");
    expect(sent.status).toBe(303);
    expect(await decisionsOf(id)).toMatchObject([{ decision: "reject", motivation: "Aucune condition tarifaire." }]);
  });

  it("still decides with a single `motivation`, as scripts and older pages send it", async () => {
    const id = await file();
    await harness.readingIdle();
    const sent = await decide(id, "demander-acte-tarifaire", decisionForm(2, "Joignez la grille votée."));
    expect(sent.status).toBe(303);
    expect(await decisionsOf(id)).toMatchObject([
      { decision: "request_tariff_act", motivation: "Joignez la grille votée." },
    ]);
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

  it("shows apart every box's typed text whose decision is no longer possible, not the untouched draft", async () => {
    const id = await file();
    await harness.readingIdle();
    // The page as the instructor got it: the annotator's draft (a validation, here) sits in its box.
    const page = await (await harness.request(`/instruction/demandes/${id}`, { as: alice })).text();
    const draft = textareaText(page, "motivation-valider")!;
    expect(draft).toContain("nous la validons");
    await harness.request(`/instruction/demandes/${id}/valider`, { method: "POST", body: decisionForm(2), as: bruno });
    const late = await decide(
      id,
      "refuser",
      new URLSearchParams({
        version: "2",
        "motivation-valider": draft,
        "motivation-demander-acte-tarifaire": "Demande tapée pour rien.",
        "motivation-refuser": "Refus tapé pour rien.",
      }),
    );
    expect(late.status).toBe(409);
    const text = await pageText(late);
    expect(text).toContain(
      "Vos textes, non envoyés Pour « Demander l'acte tarifaire » : Demande tapée pour rien. Pour « Refuser » : Refus tapé pour rien.",
    );
    expect(text.split(draft.replace(/\s+/g, " ")).length - 1, "the draft shows once, in the reading panel").toBe(1);
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
