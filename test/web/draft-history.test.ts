/**
 * The history of a draft's edits through HTTP: each changed field with its value before and
 * after (use case, legal-framework text, its address), the data added and removed; saving
 * without a change writes no event and keeps the version.
 */

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { findRequest } from "../../src/storage/requests-store";
import { events } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { newRequestForm } from "../support/requests";

describe("draft history", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const created = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(null, { cadre_juridique_nature: "Délibération du 12 janvier 2026" }),
    as: applicant,
  });
  const id = Number(created.headers.get("location")!.split("/").pop());
  const edit = async (fields: Record<string, string>) => {
    const request = (await findRequest(harness.db, id))!;
    const body = new URLSearchParams({
      version: String(request.version),
      use_case: request.useCase,
      cadre_juridique_nature: request.legalFrameworkText,
      cadre_juridique_url: request.legalFrameworkUrl ?? "",
      ...fields,
    });
    for (const scope of request.scopes) body.append("scopes", scope);
    const response = await harness.request(`/demandes/${id}/modifier`, { method: "POST", body, as: applicant });
    expect(response.status).toBe(303);
  };
  const edits = () =>
    harness.db
      .select()
      .from(events)
      .where(and(eq(events.requestId, id), eq(events.type, "edited")));

  it("shows the use case before and after", async () => {
    await edit({ use_case: "tarification-transports" });
    const text = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(text).toMatch(
      /Brouillon modifié .* Cas d'usage : avant Tarification sociale des services municipaux à l'enfance après Tarification des transports/,
    );
  });

  it("shows the legal-framework text and its address before and after", async () => {
    await edit({
      cadre_juridique_nature: "Délibération du 3 mars 2026",
      cadre_juridique_url: "https://www.example.fr/deliberation-3-mars",
    });
    const text = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(text).toContain(
      "Texte du cadre juridique : avant Délibération du 12 janvier 2026 après Délibération du 3 mars 2026",
    );
    expect(text).toContain(
      "Adresse du cadre juridique : avant (vide) après https://www.example.fr/deliberation-3-mars",
    );
  });

  it("keeps the typed changes after a conflict, on the draft's current version", async () => {
    const { version } = (await findRequest(harness.db, id))!;
    const body = new URLSearchParams({
      version: String(version - 1),
      use_case: "tarification-transports",
      cadre_juridique_nature: "Texte tapé pendant une autre modification",
      scopes: "cnaf_quotient_familial",
    });
    const stale = await harness.request(`/demandes/${id}/modifier`, { method: "POST", body, as: applicant });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain(`name="version" value="${version}"`);
    expect(html).toContain("Texte tapé pendant une autre modification");
    expect(await pageText(new Response(html))).toContain("vos changements sont gardés ci-dessous");
  });

  it("writes nothing when nothing changed", async () => {
    const before = (await findRequest(harness.db, id))!.version;
    const count = (await edits()).length;
    await edit({});
    expect((await findRequest(harness.db, id))!.version).toBe(before);
    expect(await edits()).toHaveLength(count);
    // Every edit logged holds at least one change: no empty "Brouillon modifié".
    for (const event of await edits()) expect(JSON.parse(event.payload).changes.length).toBeGreaterThan(0);
  });
});
