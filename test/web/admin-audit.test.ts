/**
 * Admin actions go through service verbs that check the policy and write the change with its
 * audit row in one batch: webhooks, templates, accounts and tokens, on the three storages.
 */

import { asc, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { adminEvents, webhooks } from "../../src/storage/schema";
import { listTemplates } from "../../src/storage/templates-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

describe("admin actions and their audit", async () => {
  const harness = await createHarness();
  const admin = await harness.user("admin");
  const instructor = await harness.user("instructor");
  const reporter = await harness.user("reporter");
  const post = (path: string, fields: Record<string, string>, as = admin) =>
    harness.request(path, { method: "POST", body: new URLSearchParams(fields), as });
  const audit = () =>
    harness.db
      .select({
        actorId: adminEvents.actorId,
        type: adminEvents.type,
        subject: adminEvents.subjectType,
        subjectId: adminEvents.subjectId,
      })
      .from(adminEvents)
      .orderBy(asc(adminEvents.id));

  it("adds a webhook with its secret shown once, and an audit row naming it", async () => {
    const response = await post("/admin/webhooks", { url: "https://outil.example.fr/cadre" });
    expect(response.status).toBe(200);
    expect(await pageText(response)).toContain("Webhook ajouté : https://outil.example.fr/cadre");
    const [hook] = await harness.db.select().from(webhooks);
    expect(hook).toMatchObject({ url: "https://outil.example.fr/cadre", active: true });
    expect((await audit()).at(-1)).toEqual({
      actorId: admin.id,
      type: "webhook_added",
      subject: "webhook",
      subjectId: hook!.id,
    });
  });

  it("refuses a malformed address in French and writes nothing", async () => {
    const before = (await audit()).length;
    const response = await post("/admin/webhooks", { url: "pas une adresse" });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("Cette adresse web n'est pas valide : écrivez-la en entier");
    expect(await harness.db.select().from(webhooks)).toHaveLength(1);
    expect(await audit()).toHaveLength(before);
  });

  it("refuses other roles, with nothing written", async () => {
    const before = (await audit()).length;
    for (const as of [instructor, reporter]) {
      expect((await post("/admin/webhooks", { url: "https://autre.example.fr/" }, as)).status).toBe(403);
    }
    expect(await harness.db.select().from(webhooks)).toHaveLength(1);
    expect(await audit()).toHaveLength(before);
  });

  it("deactivates a webhook once (a second click changes nothing), and 404 for an unknown one", async () => {
    const [hook] = await harness.db.select().from(webhooks);
    expect((await post(`/admin/webhooks/${hook!.id}/desactiver`, {})).status).toBe(303);
    expect((await post(`/admin/webhooks/${hook!.id}/desactiver`, {})).status).toBe(303);
    expect((await harness.db.select().from(webhooks))[0]!.active).toBe(false);
    expect((await audit()).filter((row) => row.type === "webhook_deactivated")).toHaveLength(1);
    expect((await post("/admin/webhooks/999999/desactiver", {})).status).toBe(404);
  });

  it("audits a template's creation, change and deletion", async () => {
    const fields = { nom: "Refus type", decision: "reject", texte: "Le cadre juridique ne justifie pas {{donnees}}." };
    expect((await post("/admin/modeles", fields)).status).toBe(303);
    const [template] = await listTemplates(harness.db);
    expect((await post("/admin/modeles", { ...fields, id: String(template!.id), nom: "Refus" })).status).toBe(303);
    expect((await post(`/admin/modeles/${template!.id}/supprimer`, {}, instructor)).status).toBe(403);
    expect((await post(`/admin/modeles/${template!.id}/supprimer`, {})).status).toBe(303);
    expect(await listTemplates(harness.db)).toEqual([]);
    expect((await post(`/admin/modeles/${template!.id}/supprimer`, {})).status).toBe(404);
    const rows = (await audit()).filter((row) => row.subject === "template");
    expect(rows.map((row) => row.type)).toEqual(["template_added", "template_updated", "template_deleted"]);
    expect(new Set(rows.map((row) => row.subjectId))).toEqual(new Set([template!.id]));
  });

  it("audits accounts: creation, role change and token", async () => {
    const created = await post("/admin/utilisateurs", {
      email: "nouvel.agent@exemple.fr",
      nom: "Nouvel Agent",
      role: "reporter",
      siret: "",
    });
    expect(created.status).toBe(303);
    expect((await post(`/admin/utilisateurs/${reporter.id}`, { role: "instructor" })).status).toBe(303);
    expect((await post(`/admin/utilisateurs/${reporter.id}/jeton`, {})).status).toBe(200);
    const rows = (await audit()).filter((row) => row.subject === "user");
    expect(rows.map((row) => row.type)).toEqual(["user_created", "user_updated", "token_created"]);
    expect(rows.slice(1).map((row) => row.subjectId)).toEqual([reporter.id, reporter.id]);
  });

  it("keeps the audit append-only", async () => {
    await expect(harness.db.run(sql`update admin_events set type = 'x'`)).rejects.toThrow();
    await expect(harness.db.run(sql`delete from admin_events`)).rejects.toThrow();
  });
});
