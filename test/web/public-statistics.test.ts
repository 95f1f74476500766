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

  it("draws the dashboard's charts, each with its table, in the colours every chart shares", async () => {
    const html = await (await harness.request("/statistiques")).text();
    expect(html).toContain('href="/static/charts.css"');
    expect(html).toMatch(/<title id="public-volumes-title">Demandes soumises et décisions<\/title>/);
    expect(html).toMatch(/<title id="public-stock-title">Demandes en attente d&#39;un instructeur<\/title>/);
    expect(html).toContain("<caption>Demandes soumises et décisions</caption>");
    expect(html).toContain("<caption>Demandes en attente d&#39;un instructeur</caption>");
    const text = await pageText(new Response(html));
    expect(text).toContain("Validées : issue favorable (vert émeraude, plein)");
    expect(text).toContain("Refusées : issue défavorable (rouge tuile, croisillons)");
    // Six months, week by week: the two decisions are in the table's last rows.
    const volumes = html.slice(html.indexOf("<caption>Demandes soumises et décisions</caption>"));
    const rows = [
      ...volumes
        .slice(0, volumes.indexOf("</table>"))
        .matchAll(/<tr><th scope="row">[^<]*<\/th>((?:<td[^>]*>[^<]*<\/td>)+)<\/tr>/g),
    ];
    expect(rows.length).toBeGreaterThanOrEqual(26);
    const totals = rows
      .map((row) => [...row[1]!.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((cell) => Number(cell[1])))
      .reduce((sum, row) => sum.map((value, i) => value + row[i]!), [0, 0, 0, 0]);
    expect(totals).toEqual([2, 1, 1, 0]);

    // The admins' dashboard draws "Validées" with the same pattern and class.
    const admin = await harness.user("admin");
    const dashboard = await (await harness.request("/admin/statistiques", { as: admin })).text();
    for (const page of [html, dashboard]) {
      expect(page).toMatch(
        /<pattern id="[a-z]+-volumes-motif-accepted"[^>]*><path class="cadre-chart__fill cadre-chart__series--accepted"/,
      );
      expect(page).toMatch(/<g class="cadre-chart__series cadre-chart__series--waiting">/);
    }
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
