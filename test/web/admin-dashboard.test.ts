/** The admins' dashboard through HTTP: figures from the event log, charts with their tables, filters. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequestWith } from "../support/requests";

describe("admin dashboard", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const alice = await harness.user("instructor");
  const admin = await harness.user("admin");
  // C2S requested, nothing in the act about it: the scope rule fails, so the chart of failing rules has data.
  const transport = await submittedRequestWith(harness, applicant, {
    useCase: "tarification-transports",
    scopes: ["complementaire_sante_solidaire"],
  });
  const canteen = await submittedRequestWith(harness, applicant, {});
  harness.clock.now += 2 * 86_400_000;
  await harness.request(`/instruction/demandes/${transport}/valider`, {
    method: "POST",
    body: decisionForm(2),
    as: alice,
  });
  await harness.request(`/instruction/demandes/${canteen}/demander-acte-tarifaire`, {
    method: "POST",
    body: decisionForm(2, "La grille."),
    as: alice,
  });
  await harness.readingIdle();
  const period = "du=2026-10-01&au=2026-11-30";

  it("shows the period's figures and accessible charts with their tables", async () => {
    const response = await harness.request(`/admin/statistiques?${period}`, { as: admin });
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Demandes soumises 2");
    expect(text).toContain("Validées 1");
    expect(text).toContain("Actes tarifaires demandés 1");
    expect(text).toContain("Décision, p50 / p80 2 jours / 2 jours");
    expect(html.match(/role="img"/g)?.length).toBe(4);
    expect(text).toContain(alice.name);
    expect(text).toContain("Justification de chaque donnée demandée");
  });

  it("filters by use case", async () => {
    const text = await pageText(
      await harness.request(`/admin/statistiques?${period}&cas=tarification-transports`, { as: admin }),
    );
    expect(text).toContain("Demandes soumises 1");
    expect(text).toContain("Actes tarifaires demandés 0");
  });

  it("is for admins only and refuses a reversed period", async () => {
    expect((await harness.request("/admin/statistiques", { as: alice })).status).toBe(403);
    expect((await harness.request("/admin/statistiques?du=2026-11-30&au=2026-10-01", { as: admin })).status).toBe(422);
  });
});
