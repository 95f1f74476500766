/** The rule catalogue page: anyone reads what Cadre checks, rule by rule, with examples. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

describe("rule catalogue page", async () => {
  const harness = await createHarness();
  const instructor = await harness.user("instructor");

  it("lists each rule about data with the guide's words, what the act must state and examples", async () => {
    const response = await harness.request("/regles", { as: instructor });
    expect(response.status).toBe(200);
    const text = await pageText(response);
    expect(text).toContain("Règles de lecture des délibérations");
    expect(text).toContain(
      "Pour l'adresse : le tarif est différent suivant que la personne habite ou non sur le territoire.",
    );
    expect(text).toContain("Adresse du foyer (cnaf_adresse)");
    expect(text).toContain("Volontairement pas reconnu");
    expect(text).toContain("à vérifier");
    expect(text).toContain("Lisibilité du document");
  });

  it("is open to visitors who are not signed in", async () => {
    expect((await harness.request("/regles")).status).toBe(200);
  });
});
