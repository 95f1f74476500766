/**
 * Three-valued verdicts reach the instructor: a scope "à vérifier" shows its badge and the
 * passage to read, is listed as a point to check, does not by itself ask for the tariff act,
 * and the API gives each verdict's status.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { submittedRequestWith } from "../support/requests";

// A whole act fixing QF prices; residents are named once, with no other price set against theirs.
const ACT =
  "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL. Séance du 4 mars 2026. Objet : tarifs de l'accueil de loisirs. Le conseil municipal, après en avoir délibéré, DÉCIDE : Article 1 : le tarif de la journée est fixé selon le quotient familial : QF de 0 à 600 € : 4 € ; QF supérieur à 600 € : 9 €. Article 2 : le centre accueille les enfants domiciliés sur la commune ; le goûter est compris dans le tarif de la journée.";

describe("verdicts à vérifier", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ name: "Commune de Sablons" });
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const id = await submittedRequestWith(harness, applicant, {
    scopes: ["cnaf_quotient_familial", "cnaf_adresse"],
    text: ACT,
  });
  await harness.readingIdle();

  it("shows the badge, the passage to read and the point to check on the review page", async () => {
    const page = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }));
    expect(page).toMatch(/Quotient familial CAF & MSA\s+Justifiée/);
    expect(page).toMatch(/Adresse du foyer\s+À vérifier/);
    expect(page).toContain("domiciliés sur la commune");
    expect(page).toContain("À vérifier avant de décider");
    // Doubt alone never asks the collectivité for its tariff act.
    expect(page).not.toContain("Suggestion : Demander l'acte tarifaire");
  });

  it("gives each verdict's status in the API", async () => {
    const token = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
    const response = await harness.request(`/api/v1/demandes/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { scope_verdicts: { scope: string; status: string; justified: boolean }[] };
    expect(body.scope_verdicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ scope: "cnaf_quotient_familial", status: "pass", justified: true }),
        expect.objectContaining({ scope: "cnaf_adresse", status: "warning", justified: false }),
      ]),
    );
  });
});
