/** Decisions through HTTP: success, motivation checks, stale versions, races, and who may decide. */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decisions, events } from "../../src/storage/schema";
import { findRequest } from "../../src/storage/requests-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequest } from "../support/requests";

describe("decisions", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const alice = await harness.user("instructor");
  const bruno = await harness.user("instructor");

  const decisionsOf = (id: number) => harness.db.select().from(decisions).where(eq(decisions.requestId, id));
  const eventsOf = (id: number) => harness.db.select().from(events).where(eq(events.requestId, id));

  it("accepts with an optional motivation, writing state, decision and event together", async () => {
    const id = await submittedRequest(harness, applicant);
    const response = await harness.request(`/instruction/demandes/${id}/valider`, {
      method: "POST",
      body: decisionForm(2),
      as: alice,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/instruction/demandes/${id}?fait=accept&demande=${id}`);
    const request = await findRequest(harness.db, id);
    expect(request).toMatchObject({ state: "accepted", version: 3, decidedAt: harness.clock.now });
    expect(await decisionsOf(id)).toMatchObject([{ decision: "accept", authorId: alice.id, requestVersion: 3 }]);
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(["created", "submit", "accept"]);
  });

  it("refuses a rejection without motivation (422) and writes nothing", async () => {
    const id = await submittedRequest(harness, applicant);
    const response = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(2, "   "),
      as: alice,
    });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("La motivation est obligatoire");
    expect((await findRequest(harness.db, id))?.state).toBe("submitted");
    expect(await decisionsOf(id)).toHaveLength(0);
  });

  it("refuses a decision taken on a stale version (409), names who decided first, changes nothing", async () => {
    const id = await submittedRequest(harness, applicant);
    await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "Merci de joindre la délibération qui fixe la grille tarifaire."),
      as: alice,
    });
    const late = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(2, "Aucune condition tarifaire."),
      as: bruno,
    });
    expect(late.status).toBe(409);
    const page = await pageText(late);
    expect(page).toContain(alice.name);
    expect(page).toContain("Acte tarifaire demandé");
    expect(page).toContain("Aucune condition tarifaire."); // the late instructor's text is kept
    expect((await findRequest(harness.db, id))?.state).toBe("tariff_act_requested");
    expect(await decisionsOf(id)).toMatchObject([{ decision: "request_tariff_act", authorId: alice.id }]);
  });

  it("lets exactly one of two simultaneous decisions win", async () => {
    const id = await submittedRequest(harness, applicant);
    const [first, second] = await Promise.all([
      harness.request(`/instruction/demandes/${id}/valider`, { method: "POST", body: decisionForm(2), as: alice }),
      harness.request(`/instruction/demandes/${id}/refuser`, {
        method: "POST",
        body: decisionForm(2, "Délibération générique."),
        as: bruno,
      }),
    ]);
    expect([first.status, second.status].sort()).toEqual([303, 409]);
    const written = await decisionsOf(id);
    expect(written).toHaveLength(1);
    const request = await findRequest(harness.db, id);
    expect(request?.version).toBe(3);
    expect(request?.state).toBe(written[0]!.decision === "accept" ? "accepted" : "rejected");
    expect(await eventsOf(id)).toHaveLength(3);
  });

  it("lets only instructors decide", async () => {
    const id = await submittedRequest(harness, applicant);
    for (const role of ["reporter", "admin"] as const) {
      const user = await harness.user(role);
      const response = await harness.request(`/instruction/demandes/${id}/valider`, {
        method: "POST",
        body: decisionForm(2),
        as: user,
      });
      expect(response.status, role).toBe(403);
    }
    const own = await harness.request(`/instruction/demandes/${id}/valider`, {
      method: "POST",
      body: decisionForm(2),
      as: applicant,
    });
    expect(own.status).toBe(403);
    expect((await findRequest(harness.db, id))?.state).toBe("submitted");
  });

  it("lets an admin reopen a decision with a reason, logged, and nobody else", async () => {
    const id = await submittedRequest(harness, applicant);
    await harness.request(`/instruction/demandes/${id}/valider`, { method: "POST", body: decisionForm(2), as: alice });
    const admin = await harness.user("admin");
    expect(
      (
        await harness.request(`/instruction/demandes/${id}/rouvrir`, {
          method: "POST",
          body: decisionForm(3, "x"),
          as: alice,
        })
      ).status,
    ).toBe(403);
    const withoutReason = await harness.request(`/instruction/demandes/${id}/rouvrir`, {
      method: "POST",
      body: decisionForm(3),
      as: admin,
    });
    expect(withoutReason.status).toBe(422);
    expect((await findRequest(harness.db, id))?.state).toBe("accepted");
    const reopened = await harness.request(`/instruction/demandes/${id}/rouvrir`, {
      method: "POST",
      body: decisionForm(3, "Validation donnée par erreur : l'adresse n'est pas justifiée."),
      as: admin,
    });
    expect(reopened.status).toBe(303);
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "submitted", version: 4 });
    const last = (await eventsOf(id)).at(-1)!;
    expect(last).toMatchObject({ type: "reopen", actorId: admin.id, fromState: "accepted", toState: "submitted" });
    expect(JSON.parse(last.payload)).toEqual({
      motivation: "Validation donnée par erreur : l'adresse n'est pas justifiée.",
    });
  });

  it("shows the review page read-only to reporters", async () => {
    const id = await submittedRequest(harness, applicant);
    const reporter = await harness.user("reporter");
    const page = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: reporter }));
    expect(page).toContain(`Demande n° ${id}`);
    expect(page).not.toContain("Valider la demande");
    const instructorPage = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: alice }));
    expect(instructorPage).toContain("Valider la demande");
  });
});
