/**
 * Messages reach people: each message is e-mailed to the other side through the outbox, in the
 * message's own batch; admins see every envoi and retry a failed one (audited); the
 * collectivité sees whether the e-mail about its decision went out.
 */

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { claimDueItems, RETRY_DELAYS_MS, settleClaim } from "../../src/notifications/outbox-claims";
import { events, messages, outbox, users } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";

describe("messages and envois", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const agent = await harness.user("applicant", organisation.id);
  const colleague = await harness.user("applicant", organisation.id);
  const gone = await harness.user("applicant", organisation.id);
  await harness.db.update(users).set({ disabled: true }).where(eq(users.id, gone.id));
  const stranger = await harness.user("applicant", (await harness.organisation()).id);
  const instructor = await harness.user("instructor");
  const otherInstructor = await harness.user("instructor");
  const admin = await harness.user("admin");

  const messageItems = (requestId: number) =>
    harness.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.requestId, requestId), eq(outbox.topic, "message")));
  const write = (path: string, text: string, as: typeof agent) =>
    harness.request(path, { method: "POST", body: new URLSearchParams({ message: text }), as });

  it("e-mails an instructor's message to the organisation's active agents, with its text", async () => {
    const id = await submittedRequest(harness, agent);
    const response = await write(`/instruction/demandes/${id}/messages`, "Merci de joindre la grille.", instructor);
    expect(response.status).toBe(303);
    const items = await messageItems(id);
    expect(items.map((item) => item.recipient).sort()).toEqual([agent.email, colleague.email].sort());
    expect(items.every((item) => item.kind === "email" && item.status === "pending")).toBe(true);
    expect(items[0]!.subject).toBe(`Demande n° ${id} : nouveau message`);
    expect(items[0]!.body).toContain("Merci de joindre la grille.");
    expect(items[0]!.body).toContain(`/demandes/${id}`);
    expect(items.map((item) => item.recipient)).not.toContain(stranger.email);
    // Nothing personal in the logs: neither the addresses nor the text.
    const logs = harness.logs.join("\n");
    expect(logs).not.toContain(agent.email);
    expect(logs).not.toContain("Merci de joindre la grille.");
  });

  it("e-mails an agent's message to every active instructor while nobody has taken the request", async () => {
    const id = await submittedRequest(harness, agent);
    expect((await write(`/demandes/${id}/messages`, "Voici nos précisions.", agent)).status).toBe(303);
    const recipients = (await messageItems(id)).map((item) => item.recipient);
    expect(recipients).toEqual(expect.arrayContaining([instructor.email, otherInstructor.email]));
    expect(recipients).not.toContain(admin.email);
    expect(recipients).not.toContain(agent.email);
    expect((await messageItems(id))[0]!.body).toContain(`/instruction/demandes/${id}`);
  });

  it("e-mails it only to the instructor who took the request", async () => {
    const id = await submittedRequest(harness, agent);
    expect(
      (await harness.request(`/instruction/demandes/${id}/prendre`, { method: "POST", as: otherInstructor })).status,
    ).toBe(303);
    expect((await write(`/demandes/${id}/messages`, "Une question.", agent)).status).toBe(303);
    expect((await messageItems(id)).map((item) => item.recipient)).toEqual([otherInstructor.email]);
  });

  it("falls back to every active instructor when the one who took the request is disabled", async () => {
    const id = await submittedRequest(harness, agent);
    const leaving = await harness.user("instructor");
    expect((await harness.request(`/instruction/demandes/${id}/prendre`, { method: "POST", as: leaving })).status).toBe(
      303,
    );
    await harness.db.update(users).set({ disabled: true }).where(eq(users.id, leaving.id));
    expect((await write(`/demandes/${id}/messages`, "Toujours là ?", agent)).status).toBe(303);
    const recipients = (await messageItems(id)).map((item) => item.recipient);
    expect(recipients).toEqual(expect.arrayContaining([instructor.email, otherInstructor.email]));
    expect(recipients).not.toContain(leaving.email);
  });

  it("writes neither the message nor an e-mail when the message is refused", async () => {
    const id = await submittedRequest(harness, agent);
    const response = await write(`/demandes/${id}/messages`, "   ", agent);
    expect(response.status).toBe(422);
    expect(await messageItems(id)).toEqual([]);
    expect(await harness.db.select().from(messages).where(eq(messages.requestId, id))).toEqual([]);
  });

  it("shows the collectivité whether the e-mail about its decision went out", async () => {
    await harness.db.delete(outbox);
    const id = await submittedRequest(harness, agent);
    const decided = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(2, "Aucun tarif ne dépend du quotient familial."),
      as: instructor,
    });
    expect(decided.status).toBe(303);
    const page = async () => (await harness.request(`/demandes/${id}`, { as: agent })).text();
    expect(await page()).toMatch(/E-mail de la décision du [^<]+<span[^>]*>En attente<\/span>/);

    // A dispatcher sends one and gives up on the other after every retry.
    const [first, second] = await claimDueItems(harness.db, harness.clock.now, 10, ["email"]);
    expect(second).toBeDefined();
    await settleClaim(harness.db, first!.hold, { sent: true }, harness.clock.now);
    expect(await page()).toContain(">En attente</span>");
    let claim = second!;
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      await settleClaim(harness.db, claim.hold, { sent: false, error: "550 boîte pleine" }, harness.clock.now);
      const [row] = await harness.db.select().from(outbox).where(eq(outbox.id, claim.item.id));
      if (row!.status === "failed") break;
      const [again] = await claimDueItems(harness.db, row!.nextAttemptAt, 10, ["email"]);
      claim = again!;
    }
    expect(await page()).toContain(">Non distribué</span>");
    const [failed] = await harness.db.select().from(outbox).where(eq(outbox.status, "failed"));
    expect(failed).toMatchObject({ requestId: id, topic: "decision", lastError: "550 boîte pleine" });
  });

  it("lists envois for admins, and puts a failed one back in the queue, audited", async () => {
    const [failed] = await harness.db.select().from(outbox).where(eq(outbox.status, "failed"));
    const list = await harness.request("/admin/envois?etat=failed", { as: admin });
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain("550 boîte pleine");
    expect(html).toContain(`action="/admin/envois/${failed!.id}/reessayer"`);
    expect(html).toContain(failed!.recipient);

    harness.clock.now += 3_600_000;
    const retried = await harness.request(`/admin/envois/${failed!.id}/reessayer`, { method: "POST", as: admin });
    expect(retried.status).toBe(303);
    expect(retried.headers.get("location")).toBe(`/admin/envois?relance=${failed!.id}`);
    const [after] = await harness.db.select().from(outbox).where(eq(outbox.id, failed!.id));
    expect(after).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: harness.clock.now, lastError: null });
    const audit = await harness.db
      .select()
      .from(events)
      .where(and(eq(events.requestId, failed!.requestId!), eq(events.type, "outbox_retried")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, requestVersion: null });
    expect(JSON.parse(audit[0]!.payload)).toMatchObject({ outboxId: failed!.id, kind: "email", topic: "decision" });
    expect(await (await harness.request(`/demandes/${failed!.requestId}`, { as: agent })).text()).toContain(
      ">En attente</span>",
    );

    // Once more: it is no longer failed, so nothing is written and the admin is told why.
    const twice = await harness.request(`/admin/envois/${failed!.id}/reessayer`, { method: "POST", as: admin });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("déjà en attente");
    const audits = await harness.db
      .select()
      .from(events)
      .where(and(eq(events.requestId, failed!.requestId!), eq(events.type, "outbox_retried")));
    expect(audits).toHaveLength(1);
    expect(harness.logs.join("\n")).not.toContain(failed!.recipient);
  });

  it("refuses retries from anyone but an admin, and unknown envois", async () => {
    const [item] = await harness.db.select().from(outbox).limit(1);
    const asInstructor = await harness.request(`/admin/envois/${item!.id}/reessayer`, {
      method: "POST",
      as: instructor,
    });
    expect(asInstructor.status).toBe(403);
    const missing = await harness.request("/admin/envois/999999/reessayer", { method: "POST", as: admin });
    expect(missing.status).toBe(404);
  });

  it("pages and filters the envois", async () => {
    const all = await harness.request("/admin/envois", { as: admin });
    const html = await all.text();
    expect(html).toMatch(/\d+ envois? — page 1 sur \d+/);
    const sent = await (await harness.request("/admin/envois?etat=sent", { as: admin })).text();
    expect(sent).not.toContain("550 boîte pleine");
    expect(sent).toContain(">Envoyé</p>");
  });
});
