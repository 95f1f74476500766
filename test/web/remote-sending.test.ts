/**
 * Remote sending through the API, on every runtime: a Node dispatcher with an admin token
 * claims the due e-mails of the outbox (never the same one twice), then reports each outcome,
 * which follows the local dispatcher's rules (backoff, then failure for good).
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { CLAIM_LEASE_MS, claimDueItems, RETRY_DELAYS_MS } from "../../src/notifications/outbox-claims";
import { createApiToken } from "../../src/services/create-api-token";
import { outbox } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";

type Claimed = { id: number; to: string; subject: string; text: string; claim: number };

describe("remote sending of e-mails", async () => {
  const harness = await createHarness();
  const admin = await createApiToken(harness.db, { role: "admin" }, harness.clock.now);
  const instructorToken = await createApiToken(harness.db, { role: "instructor" }, harness.clock.now);
  const api = (token: string, path: string, body: unknown, raw = false) =>
    harness.request(`/api/v1${path}`, {
      method: "POST",
      body: raw ? (body as string) : JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
  const claim = async (limit?: number, token = admin) => {
    const response = await api(token, "/courriels/reserver", limit === undefined ? {} : { limit });
    expect(response.status).toBe(200);
    return ((await response.json()) as { emails: Claimed[] }).emails;
  };
  const row = async (id: number) => (await harness.db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
  const allRows = () => harness.db.select().from(outbox).orderBy(outbox.id);
  const reset = () => harness.db.delete(outbox);
  async function email(values: Partial<typeof outbox.$inferInsert> = {}) {
    const [inserted] = await harness.db
      .insert(outbox)
      .values({
        kind: "email",
        recipient: "mairie@exemple.fr",
        subject: "Demande n° 1 : validée",
        body: "Bonjour,\nVotre demande est validée.",
        nextAttemptAt: harness.clock.now,
        createdAt: harness.clock.now,
        ...values,
      })
      .returning();
    return inserted!;
  }

  it("hands out the e-mails a decision wrote, with their text", async () => {
    await reset();
    const organisation = await harness.organisation();
    const applicant = await harness.user("applicant", organisation.id);
    const instructor = await harness.user("instructor");
    const id = await submittedRequest(harness, applicant);
    const refused = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(2, "Aucun tarif."),
      as: instructor,
    });
    expect(refused.status).toBe(303);
    const emails = await claim();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ to: applicant.email, subject: `Demande n° ${id} : refusée` });
    expect(emails[0]!.text).toContain("Aucun tarif.");
    expect(emails[0]!.claim).toBe(harness.clock.now + CLAIM_LEASE_MS);
    expect((await row(emails[0]!.id)).nextAttemptAt).toBe(harness.clock.now + CLAIM_LEASE_MS);
  });

  it("claims due e-mails only, and each one once while its lease lasts", async () => {
    await reset();
    const due = await email();
    await email({ nextAttemptAt: harness.clock.now + 2 * CLAIM_LEASE_MS }); // not due yet
    await email({ status: "sent", sentAt: harness.clock.now });
    await email({ status: "failed", attempts: 6 });
    await email({ kind: "webhook", recipient: "https://outil.exemple.fr/cadre" }); // the Worker sends those
    const emails = await claim();
    expect(emails.map((item) => item.id)).toEqual([due.id]);
    expect(await claim()).toEqual([]);
    harness.clock.now += CLAIM_LEASE_MS; // the dispatcher died: the e-mail is due again
    expect((await claim()).map((item) => item.id)).toEqual([due.id]);
  });

  it("respects the limit and hands out the oldest first", async () => {
    await reset();
    const first = await email({ nextAttemptAt: harness.clock.now - 2 });
    const second = await email({ nextAttemptAt: harness.clock.now - 1 });
    const third = await email();
    expect((await claim(2)).map((item) => item.id)).toEqual([first.id, second.id]);
    expect((await claim(2)).map((item) => item.id)).toEqual([third.id]);
  });

  it("never gives the same e-mail to dispatchers claiming at the same moment", async () => {
    await reset();
    const ids: number[] = [];
    for (let index = 0; index < 50; index++) ids.push((await email()).id);
    const batches = await Promise.all([claim(50), claim(50), claim(50), claim(50)]);
    const handed = batches.flatMap((batch) => batch.map((item) => item.id));
    expect(handed.sort((a, b) => a - b)).toEqual(ids); // each once, none lost
  });

  it("never gives the same e-mail twice when two claims read the outbox before either writes", async () => {
    // The requests above may reach the database one after the other (they do on libSQL in
    // memory); here the two claims run side by side, so both read the outbox before either
    // writes (on libSQL: this test fails if the claim is not conditional).
    await reset();
    const ids: number[] = [];
    for (let index = 0; index < 6; index++) ids.push((await email()).id);
    const [left, right] = await Promise.all([
      claimDueItems(harness.db, harness.clock.now, 50, ["email"]),
      claimDueItems(harness.db, harness.clock.now, 50, ["email"]),
    ]);
    const handed = [...left!, ...right!].map((claim) => claim.item.id);
    expect(handed.sort((a, b) => a - b)).toEqual(ids);
  });

  it("marks a sent e-mail as sent, once", async () => {
    await reset();
    await email();
    const [item] = await claim();
    harness.clock.now += 2_000;
    const response = await api(admin, `/courriels/${item!.id}/resultat`, { sent: true, claim: item!.claim });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: item!.id, status: "sent", attempts: 0, next_attempt_at: null });
    const sent = await row(item!.id);
    expect(sent).toMatchObject({ status: "sent", sentAt: harness.clock.now, lastError: null });
    const again = await api(admin, `/courriels/${item!.id}/resultat`, { sent: true, claim: item!.claim });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string; message: string } }).error.message).toMatch(
      /déjà été traité/,
    );
    expect(await row(item!.id)).toEqual(sent);
  });

  it("retries a failed e-mail with the local dispatcher's backoff, then gives up and says why", async () => {
    await reset();
    const { id } = await email();
    for (let attempt = 1; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      const [item] = await claim();
      expect(item?.id).toBe(id);
      const response = await api(admin, `/courriels/${id}/resultat`, {
        sent: false,
        error: `refusé par le serveur SMTP (${attempt})\ndétail sur une autre ligne`,
        claim: item!.claim,
      });
      expect(response.status).toBe(200);
      const nextAttemptAt = harness.clock.now + RETRY_DELAYS_MS[attempt - 1]!;
      expect(await response.json()).toEqual({
        id,
        status: "pending",
        attempts: attempt,
        next_attempt_at: new Date(nextAttemptAt).toISOString(),
      });
      expect(await row(id)).toMatchObject({
        status: "pending",
        attempts: attempt,
        nextAttemptAt,
        lastError: `refusé par le serveur SMTP (${attempt})`,
      });
      expect(await claim()).toEqual([]); // not due before its backoff
      harness.clock.now = nextAttemptAt;
    }
    const [last] = await claim();
    const response = await api(admin, `/courriels/${id}/resultat`, {
      sent: false,
      error: "boîte pleine",
      claim: last!.claim,
    });
    expect(await response.json()).toMatchObject({ id, status: "failed", attempts: RETRY_DELAYS_MS.length + 1 });
    expect(await row(id)).toMatchObject({ status: "failed", lastError: "boîte pleine" });
    harness.clock.now += 24 * 3_600_000;
    expect(await claim()).toEqual([]);
  });

  it("refuses the result of a dispatcher whose lease was taken over", async () => {
    await reset();
    await email();
    const [late] = await claim();
    harness.clock.now += CLAIM_LEASE_MS;
    const [current] = await claim();
    expect(current!.id).toBe(late!.id);
    const stale = await api(admin, `/courriels/${late!.id}/resultat`, { sent: false, error: "x", claim: late!.claim });
    expect(stale.status).toBe(409);
    expect(await row(late!.id)).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: current!.claim });
    const fresh = await api(admin, `/courriels/${current!.id}/resultat`, { sent: true, claim: current!.claim });
    expect(fresh.status).toBe(200);
  });

  it("refuses other roles, and leaves the outbox as it was", async () => {
    await reset();
    await email();
    const before = await allRows();
    const refused = await api(instructorToken, "/courriels/reserver", {});
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBeTruthy();
    const result = await api(instructorToken, `/courriels/${before[0]!.id}/resultat`, {
      sent: true,
      claim: before[0]!.nextAttemptAt,
    });
    expect(result.status).toBe(403);
    const anonymous = await harness.request("/api/v1/courriels/reserver", { method: "POST" });
    expect(anonymous.status).toBe(401);
    expect(await allRows()).toEqual(before);
  });

  it("answers bad ids and bodies in French, and writes nothing", async () => {
    await reset();
    await email();
    const [item] = await claim();
    const hook = await email({ kind: "webhook", recipient: "https://outil.exemple.fr/cadre" });
    const before = await allRows();
    const cases: [path: string, body: string, status: number, message: RegExp][] = [
      ["/courriels/abc/resultat", JSON.stringify({ sent: true, claim: item!.claim }), 404, /introuvable/i],
      ["/courriels/999999/resultat", JSON.stringify({ sent: true, claim: item!.claim }), 404, /introuvable/],
      [`/courriels/${hook.id}/resultat`, JSON.stringify({ sent: true, claim: hook.nextAttemptAt }), 404, /introuvable/],
      [`/courriels/${item!.id}/resultat`, "{sent: true", 400, /JSON valide/],
      [`/courriels/${item!.id}/resultat`, "", 400, /JSON valide/],
      [`/courriels/${item!.id}/resultat`, "[]", 422, /objet JSON/],
      [`/courriels/${item!.id}/resultat`, JSON.stringify({ sent: "oui", claim: item!.claim }), 422, /« sent »/],
      [`/courriels/${item!.id}/resultat`, JSON.stringify({ sent: true }), 422, /« claim »/],
      [`/courriels/${item!.id}/resultat`, JSON.stringify({ sent: false, claim: item!.claim }), 422, /« error »/],
      [`/courriels/${item!.id}/resultat`, JSON.stringify({ sent: true, claim: item!.claim + 1 }), 409, /plus réservé/],
      ["/courriels/reserver", "{", 400, /JSON valide/],
      ["/courriels/reserver", JSON.stringify({ limit: 0 }), 422, /« limit »/],
      ["/courriels/reserver", JSON.stringify({ limit: 51 }), 422, /« limit »/],
      ["/courriels/reserver", JSON.stringify({ limit: "10" }), 422, /« limit »/],
      ["/courriels/reserver", "null", 422, /objet JSON/],
    ];
    for (const [path, body, status, message] of cases) {
      const response = await api(admin, path, body, true);
      const payload = (await response.json()) as { error: { code: string; message: string } };
      expect({ path, body, status: response.status, message: payload.error.message }).toEqual({
        path,
        body,
        status,
        message: expect.stringMatching(message),
      });
    }
    expect(await allRows()).toEqual(before);
  });
});
