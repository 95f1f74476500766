/**
 * Choosing data on the request form, without JavaScript: "Choisir" comes back by GET with the
 * use case's usual data ticked, its explanation, the agent's manual choices and typed text kept,
 * and nothing saved; the data are shown by family with what the act must contain.
 */

import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findRequest } from "../../src/storage/requests-store";
import { requests } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { newRequestForm, samplePdf } from "../support/requests";

const ticked = (html: string) =>
  [...html.matchAll(/<input type="checkbox" id="scope-([a-z0-9_]+)"[^>]*checked=""/g)].map((match) => match[1]);

describe("choosing data", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const agent = await harness.user("applicant", organisation.id);
  const choose = (path: string, query: Record<string, string | string[]>) => {
    const params = new URLSearchParams({ choisir: "1" });
    for (const [name, value] of Object.entries(query))
      for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
    return harness.request(`${path}?${params}`, { as: agent });
  };

  it("shows the data by family, each saying what the act must contain, with a Choisir step", async () => {
    const html = await (await harness.request("/demandes/nouvelle", { as: agent })).text();
    expect(html.match(/<details class="cadre-family"/g)).toHaveLength(11);
    expect(html.match(/type="checkbox" id="scope-/g)).toHaveLength(61);
    const text = await pageText(new Response(html));
    expect(text).toContain("CAF et MSA : quotient familial et foyer");
    expect(text).toContain("L'acte doit fixer un tarif ou une aide qui varie selon le quotient familial");
    expect(text).toContain("Justifiée par : Un tarif, une aide ou un accès différent selon le lieu de résidence.");
    expect(text).toContain("L'acte doit poser une condition sur le statut d'étudiant");
    expect(html).toMatch(/formaction="\/demandes\/nouvelle" formmethod="get"[^>]*name="choisir"/);
    expect(html).toContain('src="/static/scope-picker.js"');
    expect(ticked(html)).toEqual([]);
  });

  it("ticks the use case's data, explains why, and keeps what was typed and ticked by hand", async () => {
    const before = (await harness.db.select({ n: count() }).from(requests))[0]!.n;
    const response = await choose("/demandes/nouvelle", {
      use_case: "tarification-municipale-enfance",
      use_case_before: "",
      scopes: ["cnaf_adresse"],
      cadre_juridique_nature: "Délibération n° 12 du 3 mars 2026",
      cadre_juridique_url: "https://www.exemple.fr/actes/12",
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(ticked(html).sort()).toEqual(["cnaf_adresse", "cnaf_quotient_familial"]);
    expect(html).toMatch(/<option value="tarification-municipale-enfance" selected=""/);
    expect(html).toContain('name="use_case_before" value="tarification-municipale-enfance"');
    const text = await pageText(new Response(html));
    expect(text).toContain("varient le plus souvent selon le quotient familial : il est coché");
    expect(text).toContain("Délibération n° 12 du 3 mars 2026");
    expect(html).toContain('value="https://www.exemple.fr/actes/12"');
    // The family of a ticked datum is open; the others are closed.
    expect(html).toMatch(/<details class="cadre-family" open="" data-family="caf-msa"/);
    expect(html).toMatch(/<details class="cadre-family" data-family="etudiants"/);
    expect((await harness.db.select({ n: count() }).from(requests))[0]!.n).toBe(before);
  });

  it("swaps the previous use case's data for the new one's", async () => {
    const html = await (
      await choose("/demandes/nouvelle", {
        use_case: "stationnement-residentiel",
        use_case_before: "tarification-municipale-enfance",
        scopes: ["cnaf_quotient_familial", "cnaf_adresse"],
      })
    ).text();
    expect(ticked(html)).toContain("cnaf_adresse");
    expect(ticked(html)).not.toContain("cnaf_quotient_familial");
    expect(ticked(html).filter((scope) => scope!.startsWith("ants_"))).toHaveLength(5);
  });

  it("says so when no use case is chosen, and ignores unknown data", async () => {
    const html = await (
      await choose("/demandes/nouvelle", { use_case: "", scopes: ["inconnue", "cnaf_enfants"] })
    ).text();
    expect(await pageText(new Response(html))).toContain("Choisissez un cas d'usage dans la liste.");
    expect(ticked(html)).toEqual(["cnaf_enfants"]);
  });

  it("works on a draft's edit form, which stays unsaved until it is sent", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(await samplePdf()),
      as: agent,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    const edit = await (await harness.request(`/demandes/${id}/modifier`, { as: agent })).text();
    expect(edit).toMatch(new RegExp(`formaction="/demandes/${id}/modifier" formmethod="get"`));
    expect(ticked(edit)).toEqual(["cnaf_quotient_familial"]);
    const html = await (
      await choose(`/demandes/${id}/modifier`, {
        use_case: "tarification-eaje",
        use_case_before: "tarification-municipale-enfance",
        scopes: ["cnaf_quotient_familial", "cnaf_enfants"],
        cadre_juridique_nature: "Convention CAF 2026",
        version: "1",
      })
    ).text();
    expect(ticked(html).sort()).toEqual(
      [
        "cnaf_enfants",
        "cnav_participation_familiale_eaje_adresse",
        "cnav_participation_familiale_eaje_allocataires",
        "cnav_participation_familiale_eaje_enfants",
        "cnav_participation_familiale_eaje_parametres_calcul",
      ].sort(),
    );
    expect(html).toContain('name="version" value="1"');
    expect(await findRequest(harness.db, id)).toMatchObject({ useCase: "tarification-municipale-enfance", version: 1 });
    expect(await findRequest(harness.db, id)).toMatchObject({ scopes: ["cnaf_quotient_familial"] });
    const other = await harness.user("applicant", (await harness.organisation()).id);
    const foreign = await harness.request(`/demandes/${id}/modifier?choisir=1&use_case=demande-libre`, { as: other });
    expect(foreign.status).toBe(404);
  });
});
