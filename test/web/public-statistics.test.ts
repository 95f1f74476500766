/** Public statistics and open data: anyone may read them; only accepted requests are published. */

import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequest } from "../support/requests";
import { parseCsv } from "../exports/support/csv-parse";

describe("public statistics", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ name: "Commune de Clairval" });
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const accepted = await submittedRequest(harness, applicant);
  const rejected = await submittedRequest(harness, applicant);
  harness.clock.now += 3 * 86_400_000;
  await harness.request(`/instruction/demandes/${accepted}/valider`, {
    method: "POST",
    body: decisionForm(2),
    as: instructor,
  });
  await harness.request(`/instruction/demandes/${rejected}/refuser`, {
    method: "POST",
    body: decisionForm(2, "Aucune condition."),
    as: instructor,
  });

  it("shows volumes, delays and the acceptance rate to anyone", async () => {
    const response = await harness.request("/statistiques");
    expect(response.status).toBe(200);
    const text = await pageText(response);
    expect(text).toContain("Demandes décidées (validées ou refusées) 2");
    expect(text).toContain("Taux de validation 50 %");
    expect(text).toContain("la moitié des demandes décidées en moins de 3 jours");
  });

  it("publishes accepted requests only, without motivations", async () => {
    const response = await harness.request("/statistiques/demandes-validees.csv");
    expect(response.status).toBe(200);
    const text = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).subarray(3));
    const [header, ...rows] = parseCsv(text, ",");
    expect(header).toEqual(["organisation", "siret", "cas_usage", "donnees", "cadre_juridique", "date_validation"]);
    expect(rows.filter((row) => row[0] === "Commune de Clairval")).toHaveLength(1);
    expect(text).not.toContain("Aucune condition.");
  });

  it("tells applicants the usual delay on their list", async () => {
    expect(await pageText(await harness.request("/demandes", { as: applicant }))).toContain(
      "la moitié des demandes sont décidées en 3 jours",
    );
  });
});
