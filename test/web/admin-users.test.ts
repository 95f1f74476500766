/** Accounts and roles through HTTP: admins only, guard rails, and an API token that works at once. */

import { describe, expect, it } from "vitest";
import { listWebhooks } from "../../src/storage/outbox-store";
import { findUserByEmail, findUserById, listUsersWithOrganisation } from "../../src/storage/people-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

describe("admin: accounts", async () => {
  const harness = await createHarness();
  const admin = await harness.user("admin");
  const reporter = await harness.user("reporter");
  const form = (fields: Record<string, string>) => ({ method: "POST", body: new URLSearchParams(fields) });

  it("is for admins only", async () => {
    expect((await harness.request("/admin/utilisateurs", { as: reporter })).status).toBe(403);
    expect(
      (await harness.request(`/admin/utilisateurs/${reporter.id}`, { ...form({ role: "admin" }), as: reporter }))
        .status,
    ).toBe(403);
    expect((await findUserById(harness.db, reporter.id))?.role).toBe("reporter");
  });

  it("changes a role and disables an account, which then cannot sign in", async () => {
    const response = await harness.request(`/admin/utilisateurs/${reporter.id}`, {
      ...form({ role: "instructor", desactive: "1" }),
      as: admin,
    });
    expect(response.status).toBe(303);
    expect(await findUserById(harness.db, reporter.id)).toMatchObject({ role: "instructor", disabled: true });
    expect((await harness.request("/instruction", { as: reporter })).status).toBe(303);
  });

  it("refuses to make an account without organisation an applicant, or to demote oneself", async () => {
    const lonely = await harness.user("reporter");
    const applicant = await harness.request(`/admin/utilisateurs/${lonely.id}`, {
      ...form({ role: "applicant" }),
      as: admin,
    });
    expect(applicant.status).toBe(422);
    expect(await pageText(applicant)).toContain("doit être rattaché à une organisation");
    expect(
      (await harness.request(`/admin/utilisateurs/${admin.id}`, { ...form({ role: "reporter" }), as: admin })).status,
    ).toBe(422);
    expect((await findUserById(harness.db, admin.id))?.role).toBe("admin");
  });

  it("creates a staff account by e-mail, which signs in as such", async () => {
    const response = await harness.request("/admin/utilisateurs", {
      ...form({ email: " Ines.Martin@Instruction.Gouv.fr ", nom: "Inès Martin", role: "instructor", siret: "" }),
      as: admin,
    });
    expect(response.status).toBe(303);
    const created = await findUserByEmail(harness.db, "ines.martin@instruction.gouv.fr");
    expect(created).toMatchObject({ name: "Inès Martin", role: "instructor", organisationId: null, disabled: false });
    expect((await harness.request("/instruction", { as: created! })).status).toBe(200);
  });

  it("creates an applicant only in an organisation Cadre knows", async () => {
    const organisation = await harness.organisation();
    const ok = await harness.request("/admin/utilisateurs", {
      ...form({ email: "agent.nouveau@mairie.fr", nom: "Agent Nouveau", role: "applicant", siret: organisation.siret }),
      as: admin,
    });
    expect(ok.status).toBe(303);
    expect(await findUserByEmail(harness.db, "agent.nouveau@mairie.fr")).toMatchObject({
      role: "applicant",
      organisationId: organisation.id,
    });
  });

  it.each([
    [{ email: "pas-une-adresse", nom: "X", role: "instructor", siret: "" }, "adresse e-mail valide"],
    [{ email: "sans.nom@exemple.fr", nom: "  ", role: "reporter", siret: "" }, "nom de la personne"],
    [{ email: "sans.siret@exemple.fr", nom: "Y", role: "applicant", siret: "123" }, "SIRET (14 chiffres)"],
    [{ email: "inconnue@exemple.fr", nom: "Z", role: "applicant", siret: "21350238800019" }, "Aucune organisation"],
    [{ email: "role@exemple.fr", nom: "R", role: "superuser", siret: "" }, "Rôle inconnu"],
  ])("refuses %o with a French message and writes nothing", async (fields, message) => {
    const before = (await listUsersWithOrganisation(harness.db)).length;
    const response = await harness.request("/admin/utilisateurs", { ...form(fields), as: admin });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain(message);
    expect((await listUsersWithOrganisation(harness.db)).length).toBe(before);
  });

  it("refuses a second account with the same e-mail, whatever its case", async () => {
    const existing = await harness.user("reporter");
    const response = await harness.request("/admin/utilisateurs", {
      ...form({ email: existing.email.toUpperCase(), nom: "Double", role: "instructor", siret: "" }),
      as: admin,
    });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("Un compte existe déjà avec cette adresse");
    expect(await findUserByEmail(harness.db, existing.email)).toMatchObject({ role: "reporter", name: existing.name });
  });

  it("creates an API token shown once, that the API accepts", async () => {
    const instructor = await harness.user("instructor");
    const response = await harness.request(`/admin/utilisateurs/${instructor.id}/jeton`, { ...form({}), as: admin });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const token = /cadre_[0-9a-f]{64}/.exec(await response.text())![0];
    const api = await harness.request("/api/v1/demandes", { headers: { authorization: `Bearer ${token}` } });
    expect(api.status).toBe(200);
  });
});

describe("admin: webhooks", async () => {
  const harness = await createHarness();
  const admin = await harness.user("admin");

  it("registers a webhook with a secret shown once, refuses a bad address, and deactivates", async () => {
    const bad = await harness.request("/admin/webhooks", {
      method: "POST",
      body: new URLSearchParams({ url: "javascript:alert(1)" }),
      as: admin,
    });
    expect(bad.status).toBe(422);
    const created = await harness.request("/admin/webhooks", {
      method: "POST",
      body: new URLSearchParams({ url: "https://editeur.example.fr/cadre" }),
      as: admin,
    });
    const html = await created.text();
    expect(html).toMatch(/[0-9a-f]{64}/);
    const [hook] = await listWebhooks(harness.db);
    expect(hook).toMatchObject({ url: "https://editeur.example.fr/cadre", active: true });
    await harness.request(`/admin/webhooks/${hook!.id}/desactiver`, {
      method: "POST",
      body: new URLSearchParams(),
      as: admin,
    });
    expect((await listWebhooks(harness.db))[0]?.active).toBe(false);
    expect(await pageText(await harness.request("/admin/webhooks", { as: admin }))).not.toMatch(/[0-9a-f]{64}/);
  });
});
