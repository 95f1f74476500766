/** Motivation templates: admins write them, instructors get them filled in for the request. */

import { describe, expect, it } from "vitest";
import { listTemplates } from "../../src/storage/templates-store";
import { createHarness } from "../support/harness";
import { pageText, textareaText } from "../support/html";
import { submittedRequestWith, WHOLE_ACT_TEXT } from "../support/requests";

describe("motivation templates", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ name: "Commune de Valbrune" });
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const save = (fields: Record<string, string>, as = admin) =>
    harness.request("/admin/modeles", { method: "POST", body: new URLSearchParams(fields), as });

  /** A read request asking for the QF (justified by the act) and the C2S (not), and the saved template. */
  const readRequestAndTemplate = async () => {
    const id = await submittedRequestWith(harness, applicant, {
      scopes: ["cnaf_quotient_familial", "complementaire_sante_solidaire"],
      text: WHOLE_ACT_TEXT,
    });
    await harness.readingIdle();
    const [template] = await listTemplates(harness.db);
    return { id, template };
  };

  it("are managed by admins only, with unknown variables refused in French", async () => {
    expect((await save({ nom: "x", decision: "reject", texte: "y" }, instructor)).status).toBe(403);
    const wrong = await save({ nom: "Acte manquant", decision: "request_tariff_act", texte: "Bonjour {{ville}}" });
    expect(wrong.status).toBe(422);
    expect(await pageText(wrong)).toContain("Variables inconnues : {{ville}}.");
    const saved = await save({
      nom: "Acte manquant",
      decision: "request_tariff_act",
      texte:
        "Bonjour {{organisation}}, pour la demande n° {{numero}}, rien ne justifie : {{donnees_non_justifiees}}. {{instructeur}}",
    });
    expect(saved.status).toBe(303);
    expect(await listTemplates(harness.db)).toHaveLength(1);
  });

  it("fill the decision form with the request's values when an instructor picks one", async () => {
    const { id, template } = await readRequestAndTemplate();
    const page = await pageText(
      await harness.request(`/instruction/demandes/${id}?modele=${template!.id}`, { as: instructor }),
    );
    expect(page).toContain(
      `Bonjour Commune de Valbrune, pour la demande n° ${id}, rien ne justifie : Statut C2S. ${instructor.name}`,
    );
  });

  it("fill only the box « Utiliser » names, keeping every other box's text and the queue's context", async () => {
    const { id, template } = await readRequestAndTemplate();
    // What the browser sends without JavaScript: the whole decision form, by GET.
    const choose = (box: string) =>
      harness.request(
        `/instruction/demandes/${id}?${new URLSearchParams({
          version: "2",
          onglet: "toutes",
          dept: "35",
          "motivation-valider": "",
          "modele-demander-acte-tarifaire": String(template!.id),
          "motivation-demander-acte-tarifaire": "Texte d'avant le modèle.",
          "motivation-refuser": "Aucune condition <tarifaire> & rien d'autre.",
          utiliser: box,
        })}`,
        { as: instructor },
      );
    const chosen = await choose("demander-acte-tarifaire");
    expect(chosen.status).toBe(200);
    const html = await chosen.text();
    expect(textareaText(html, "motivation-demander-acte-tarifaire")).toBe(
      `Bonjour Commune de Valbrune, pour la demande n° ${id}, rien ne justifie : Statut C2S. ${instructor.name}`,
    );
    expect(textareaText(html, "motivation-refuser")).toBe("Aucune condition <tarifaire> & rien d'autre.");
    expect(textareaText(html, "motivation-valider")).toBe("");
    // The queue's context rides along: in the form for the next « Utiliser », in the decisions' addresses.
    expect(html).toContain('<input type="hidden" name="dept" value="35"/>');
    expect(html).toContain(`formaction="/instruction/demandes/${id}/refuser?onglet=toutes&amp;dept=35"`);

    // A template for another decision than its box fills nothing: the box keeps its text.
    const mismatched = await (await choose("refuser")).text();
    expect(textareaText(mismatched, "motivation-refuser")).toBe("Aucune condition <tarifaire> & rien d'autre.");
    expect(textareaText(mismatched, "motivation-demander-acte-tarifaire")).toBe("Texte d'avant le modèle.");
    expect(mismatched).not.toContain("Bonjour Commune de Valbrune");
  });

  it("keep the version seen before « Utiliser », so that a change made meanwhile is a conflict", async () => {
    const id = await submittedRequestWith(harness, applicant, {
      scopes: ["cnaf_quotient_familial"],
      text: WHOLE_ACT_TEXT,
    });
    await harness.readingIdle();
    const [template] = await listTemplates(harness.db);
    const other = await harness.user("instructor");
    const asked = await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: new URLSearchParams({ version: "2", motivation: "Joignez la grille." }),
      as: other,
    });
    expect(asked.status).toBe(303); // version 3
    const query = new URLSearchParams({
      version: "2",
      "modele-demander-acte-tarifaire": String(template!.id),
      "motivation-refuser": "Aucune condition tarifaire.",
      utiliser: "demander-acte-tarifaire",
    });
    const html = await (await harness.request(`/instruction/demandes/${id}?${query}`, { as: instructor })).text();
    expect(html).toContain('name="version" value="2"');
    const refused = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: new URLSearchParams({ version: "2", "motivation-refuser": "Aucune condition tarifaire." }),
      as: instructor,
    });
    expect(refused.status).toBe(409);
    expect(textareaText(await refused.text(), "motivation-refuser")).toBe("Aucune condition tarifaire.");
    // Without « Utiliser », the page is the request as it is: its own version.
    const plain = await (await harness.request(`/instruction/demandes/${id}?version=2`, { as: instructor })).text();
    expect(plain).toContain('name="version" value="3"');
  });
});
