/**
 * Required texts made only of invisible characters (a non-breaking space and a zero-width
 * space, a byte order mark) are refused like empty ones, in French, and nothing is written:
 * motivations (browser and API), reasons to reopen, messages, templates, people's names.
 */

import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { findRequest } from "../../src/storage/requests-store";
import { decisions, events, messageTemplates, messages, outbox, users } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequest } from "../support/requests";

const NOTHING = "\u00a0\u200b";
const NOTHING_EITHER = "\ufeff \u2060\u00ad\r\n\u3000";

describe("required texts that only look filled", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const post = (path: string, fields: Record<string, string>, as = instructor) =>
    harness.request(path, { method: "POST", body: new URLSearchParams(fields), as });
  const rows = async (table: typeof events | typeof outbox | typeof users | typeof messageTemplates) =>
    (await harness.db.select({ value: count() }).from(table))[0]!.value;
  const writes = async () => ({
    events: await rows(events),
    outbox: await rows(outbox),
    users: await rows(users),
    templates: await rows(messageTemplates),
  });

  it("refuses a rejection motivated by invisible characters, and writes nothing", async () => {
    const id = await submittedRequest(harness, applicant);
    for (const [action, motivation] of [
      ["refuser", NOTHING],
      ["refuser", NOTHING_EITHER],
      ["demander-acte-tarifaire", NOTHING],
    ] as const) {
      const before = await writes();
      const response = await post(
        `/instruction/demandes/${id}/${action}`,
        Object.fromEntries(decisionForm(2, motivation)),
      );
      expect(response.status, action).toBe(422);
      expect(await pageText(response)).toContain("La motivation est obligatoire pour cette décision.");
      expect(await writes()).toEqual(before);
    }
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "submitted", version: 2 });
    expect(await harness.db.select().from(decisions).where(eq(decisions.requestId, id))).toHaveLength(0);
  });

  it("refuses the same through the API, in JSON", async () => {
    const id = await submittedRequest(harness, applicant);
    const token = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
    const before = await writes();
    const response = await harness.request(`/api/v1/demandes/${id}/decisions`, {
      method: "POST",
      body: JSON.stringify({ decision: "reject", motivation: NOTHING, version: 2 }),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain("La motivation est obligatoire pour cette décision.");
    expect(await writes()).toEqual(before);
    expect((await findRequest(harness.db, id))?.state).toBe("submitted");
  });

  it("refuses to reopen a decision for an invisible reason", async () => {
    const id = await submittedRequest(harness, applicant);
    expect((await post(`/instruction/demandes/${id}/valider`, Object.fromEntries(decisionForm(2)))).status).toBe(303);
    const before = await writes();
    const response = await post(
      `/instruction/demandes/${id}/rouvrir`,
      Object.fromEntries(decisionForm(3, NOTHING)),
      admin,
    );
    expect(response.status).toBe(422);
    // A reopening asks for its reason (kept in the history), not for a motivation sent to the collectivité.
    expect(await pageText(response)).toContain("La raison de la réouverture est obligatoire.");
    expect(await writes()).toEqual(before);
    expect((await findRequest(harness.db, id))?.state).toBe("accepted");
  });

  it("refuses an invisible message from either side", async () => {
    const id = await submittedRequest(harness, applicant);
    const messagesOf = () => harness.db.select().from(messages).where(eq(messages.requestId, id));
    for (const [path, as] of [
      [`/demandes/${id}/messages`, applicant],
      [`/instruction/demandes/${id}/messages`, instructor],
    ] as const) {
      const response = await post(path, { message: NOTHING }, as);
      expect(response.status, path).toBe(422);
      expect(await pageText(response)).toContain("Le message est vide.");
    }
    expect(await messagesOf()).toHaveLength(0);
  });

  it("refuses a template, and an account, whose name or text is invisible", async () => {
    const before = await writes();
    const template = await post("/admin/modeles", { nom: NOTHING, decision: "reject", texte: NOTHING_EITHER }, admin);
    expect(template.status).toBe(422);
    const templatePage = await pageText(template);
    expect(templatePage).toContain("Donnez un nom de 120 caractères au plus.");
    expect(templatePage).toContain("Écrivez le texte (5 000 caractères au plus).");
    const account = await post(
      "/admin/utilisateurs",
      { email: "nadia.roux@instruction.gouv.fr", nom: NOTHING, role: "instructor", siret: "" },
      admin,
    );
    expect(account.status).toBe(422);
    expect(await pageText(account)).toContain("Saisissez le nom de la personne.");
    expect(await writes()).toEqual(before);
  });

  it("stores a real motivation as it was checked: invisible characters gone, spaces collapsed", async () => {
    const id = await submittedRequest(harness, applicant);
    const response = await post(
      `/instruction/demandes/${id}/refuser`,
      Object.fromEntries(decisionForm(2, `${NOTHING}La délibération\u00a0\u00a0manque.\u200b`)),
    );
    expect(response.status).toBe(303);
    const [decision] = await harness.db.select().from(decisions).where(eq(decisions.requestId, id));
    expect(decision?.motivation).toBe("La délibération manque.");
  });
});
