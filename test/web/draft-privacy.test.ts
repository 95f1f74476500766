/**
 * A draft belongs to its organisation until it is submitted: instructors, reporters and admins
 * do not find it in the queue or the search, cannot open it or its documents, and the API, the
 * exports and the statistics leave it out. Once submitted, it is theirs to instruct.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { documents } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { newRequestForm, samplePdf } from "../support/requests";

const SECRET_WORDS = "Brouillonsecret Valbrune";

describe("unsubmitted drafts", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const reporter = await harness.user("reporter");
  const admin = await harness.user("admin");
  const created = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf(`Délibération ${SECRET_WORDS} sur les tarifs.`), {
      cadre_juridique_nature: `Délibération ${SECRET_WORDS} du 12 janvier 2026`,
    }),
    as: applicant,
  });
  expect(created.status).toBe(303);
  const id = Number(created.headers.get("location")!.split("/").pop());
  const [document] = await harness.db.select().from(documents).where(eq(documents.requestId, id));
  const staff = [
    ["instructor", instructor],
    ["reporter", reporter],
    ["admin", admin],
  ] as const;

  it("stay with their organisation", async () => {
    expect((await harness.request(`/demandes/${id}`, { as: applicant })).status).toBe(200);
    expect((await harness.request(`/demandes/${id}/documents/${document!.id}`, { as: applicant })).status).toBe(200);
  });

  it("are missing from the queue and the search, and do not open, for every staff role", async () => {
    for (const [role, user] of staff) {
      for (const query of ["onglet=toutes", `onglet=toutes&q=${encodeURIComponent("Brouillonsecret")}`, "etat=draft"]) {
        const page = await (await harness.request(`/instruction?${query}`, { as: user })).text();
        expect(page, `${role} ${query}`).not.toContain(`/instruction/demandes/${id}"`);
        expect(page, `${role} ${query}`).not.toContain(SECRET_WORDS);
      }
      for (const path of [
        `/instruction/demandes/${id}`,
        `/demandes/${id}/lecture`,
        `/demandes/${id}/documents/${document!.id}`,
      ]) {
        const response = await harness.request(path, { as: user });
        expect(response.status, `${role} ${path}`).toBe(404);
        expect(await response.text()).not.toContain(SECRET_WORDS);
      }
    }
  });

  it("are missing from the API for instructors, reporters and admins", async () => {
    for (const role of ["instructor", "reporter", "admin"] as const) {
      const token = await createApiToken(harness.db, { role }, harness.clock.now);
      const api = (path: string) =>
        harness.request(`/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
      const all = (await (await api("/demandes")).json()) as { demandes: { id: number }[] };
      expect(
        all.demandes.map((row) => row.id),
        role,
      ).not.toContain(id);
      const drafts = (await (await api("/demandes?state=draft")).json()) as { demandes: unknown[] };
      expect(drafts.demandes, role).toEqual([]);
      expect((await api(`/demandes/${id}`)).status, role).toBe(404);
      const stats = (await (await api("/statistiques?from=2026-11-02&to=2026-11-02")).json()) as { submitted: number };
      expect(stats.submitted, role).toBe(0);
    }
  });

  it("are missing from the requests export", async () => {
    const response = await harness.request("/admin/exports/demandes?format=csv", { as: admin });
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).not.toContain(SECRET_WORDS);
    expect(csv.trim().split("\n")).toHaveLength(1); // the header only
  });

  it("reach the instructors once submitted", async () => {
    const submitted = await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    expect(submitted.status).toBe(303);
    expect((await harness.request(`/instruction/demandes/${id}`, { as: instructor })).status).toBe(200);
    const queue = await (await harness.request("/instruction?onglet=toutes", { as: reporter })).text();
    expect(queue).toContain(`/instruction/demandes/${id}`);
    const csv = await (await harness.request("/admin/exports/demandes?format=csv", { as: admin })).text();
    expect(csv).toContain(SECRET_WORDS);
  });
});
