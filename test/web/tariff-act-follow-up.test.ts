/**
 * The tariff-act follow-up as the cron runs it, over the real database (libSQL on Node, D1 in
 * workerd): one reminder per round, then the closure through the reject transition, both safe
 * when two runs overlap, and what the pages, the outbox and the statistics make of them.
 */

import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DAY_MS, type FollowUpSettings } from "../../src/domain/tariff-act-follow-up";
import { followUpTariffActs } from "../../src/services/follow-up-tariff-acts";
import { listDashboardEvents } from "../../src/storage/dashboard-store";
import { SYSTEM_EMAIL, SYSTEM_NAME } from "../../src/storage/follow-up-store";
import { listStatisticEvents } from "../../src/storage/history-store";
import { insertWebhook } from "../../src/storage/outbox-store";
import { findUserByEmail, listUsersWithOrganisation } from "../../src/storage/people-store";
import { findRequest } from "../../src/storage/requests-store";
import { decisions, events, outbox } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, samplePdf, submittedRequest } from "../support/requests";

const SETTINGS: FollowUpSettings = { reminderDays: 30, closeDays: 60 };

describe("tariff-act follow-up (cron)", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const colleague = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const hook = await insertWebhook(
    harness.db,
    { url: "https://suivi.test/cadre", secret: "s3cret" },
    harness.clock.now,
  );

  const run = () => followUpTariffActs({ db: harness.db, now: () => harness.clock.now, settings: SETTINGS });
  const eventsOf = (id: number) => harness.db.select().from(events).where(eq(events.requestId, id)).orderBy(events.id);
  const mailsAbout = (id: number) =>
    harness.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, "email"), like(outbox.subject, `Demande n° ${id} :%`)))
      .orderBy(outbox.id);

  async function askTariffAct(id: number, version: number) {
    const response = await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(version, "Merci de joindre la délibération qui fixe la grille tarifaire."),
      as: instructor,
    });
    expect(response.status).toBe(303);
  }

  async function provideTariffAct(id: number, version: number) {
    const form = new FormData();
    form.append("version", String(version));
    form.append(
      "documents",
      new File([(await samplePdf("Grille tarifaire")) as Uint8Array<ArrayBuffer>], "grille.pdf"),
    );
    const response = await harness.request(`/demandes/${id}/acte-tarifaire`, {
      method: "POST",
      body: form,
      as: applicant,
    });
    expect(response.status).toBe(303);
  }

  it("reminds once at 30 days, even when two runs overlap, and shows it on both pages", async () => {
    const id = await submittedRequest(harness, applicant);
    await askTariffAct(id, 2);
    const askedAt = harness.clock.now;

    harness.clock.now = askedAt + 30 * DAY_MS - 1;
    expect((await run()).reminded).not.toContain(id);
    expect((await mailsAbout(id)).filter((mail) => mail.subject.includes("relance"))).toEqual([]);

    harness.clock.now = askedAt + 30 * DAY_MS;
    const [first, second] = await Promise.all([run(), run()]);
    expect([...first.reminded, ...second.reminded].filter((reminded) => reminded === id)).toEqual([id]);
    // Both runs saw the request due: the second one's batch was refused, not skipped by luck.
    expect([...first.skipped, ...second.skipped].filter((skipped) => skipped === id)).toEqual([id]);
    expect((await run()).reminded).not.toContain(id);

    const reminders = (await eventsOf(id)).filter((event) => event.type === "tariff_act_reminder");
    const system = await findUserByEmail(harness.db, SYSTEM_EMAIL);
    expect(system).toMatchObject({ name: SYSTEM_NAME, role: "system", disabled: true });
    expect(reminders).toMatchObject([{ requestVersion: null, actorId: system!.id, createdAt: harness.clock.now }]);
    expect(JSON.parse(reminders[0]!.payload)).toEqual({ round: 3, days: 30, closesAt: askedAt + 60 * DAY_MS });

    const reminderMails = (await mailsAbout(id)).filter((mail) => mail.subject.includes("relance"));
    expect(reminderMails.map((mail) => mail.recipient).sort()).toEqual([applicant.email, colleague.email].sort());
    expect(reminderMails[0]!.subject).toBe(`Demande n° ${id} : relance, acte tarifaire toujours attendu`);
    expect(reminderMails[0]!.body).toContain("attend depuis 30 jours l'acte qui fixe vos tarifs");
    expect(reminderMails[0]!.body).toContain("d'ici le 1 janvier 2027, la demande sera close");
    // The reminder changes no version: the instructor's open form stays valid.
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "tariff_act_requested", version: 3 });

    const history =
      "Relance automatique : acte tarifaire toujours attendu — " +
      "2 décembre 2026 à 10:00 — Cadre (automatique) " +
      "Courriel de relance envoyé à la collectivité après 30 jours d'attente. " +
      "Sans réponse d'ici le 1 janvier 2027, la demande sera close.";
    expect(await pageText(await harness.request(`/demandes/${id}`, { as: applicant }))).toContain(history);
    expect(await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }))).toContain(history);
  });

  it("closes at 60 days through the reject transition, once, with its e-mails, webhook and decision", async () => {
    harness.clock.now = Date.UTC(2026, 10, 2, 9, 0, 0);
    const id = await submittedRequest(harness, applicant);
    await askTariffAct(id, 2);
    const askedAt = harness.clock.now;
    harness.clock.now = askedAt + 30 * DAY_MS;
    expect((await run()).reminded).toContain(id);

    harness.clock.now = askedAt + 60 * DAY_MS - 1;
    expect((await run()).closed).not.toContain(id);
    harness.clock.now = askedAt + 60 * DAY_MS;
    const [first, second] = await Promise.all([run(), run()]);
    expect([...first.closed, ...second.closed].filter((closed) => closed === id)).toEqual([id]);
    expect([...first.skipped, ...second.skipped].filter((skipped) => skipped === id)).toEqual([id]);
    expect((await run()).closed).not.toContain(id);

    const system = (await findUserByEmail(harness.db, SYSTEM_EMAIL))!;
    const motivation =
      "Sans réponse à la demande d'acte tarifaire depuis 60 jours, la demande est close. " +
      "Vous pouvez déposer une nouvelle demande.";
    expect(await findRequest(harness.db, id)).toMatchObject({
      state: "rejected",
      version: 4,
      decidedAt: harness.clock.now,
    });
    const closing = (await eventsOf(id)).filter((event) => event.type === "reject");
    expect(closing).toMatchObject([{ requestVersion: 4, actorId: system.id, fromState: "tariff_act_requested" }]);
    expect(JSON.parse(closing[0]!.payload)).toEqual({ motivation, automatic: true });
    expect(await harness.db.select().from(decisions).where(eq(decisions.requestId, id))).toMatchObject([
      { decision: "request_tariff_act", authorId: instructor.id },
      { decision: "reject", authorId: system.id, motivation, requestVersion: 4 },
    ]);

    const closedMails = (await mailsAbout(id)).filter((mail) => mail.subject.endsWith("close sans réponse"));
    expect(closedMails.map((mail) => mail.recipient).sort()).toEqual([applicant.email, colleague.email].sort());
    expect(closedMails[0]!.body).toContain(
      "a été close automatiquement : l'acte tarifaire demandé n'a pas été transmis",
    );
    expect(closedMails[0]!.body).toContain(`Motif :\n${motivation}`);
    expect(closedMails[0]!.body).not.toContain("Motivation de l'instructeur");
    const deliveries = await harness.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.webhookId, hook.id), like(outbox.body, `%"request_id":${id},%`)));
    expect(deliveries.map((delivery) => JSON.parse(delivery.body))).toContainEqual(
      expect.objectContaining({ event: "reject", state: "rejected", version: 4, automatic: true, motivation }),
    );

    const history = "Demande close automatiquement, sans réponse — 1 janvier 2027 à 10:00 — Cadre (automatique)";
    for (const page of [
      await harness.request(`/demandes/${id}`, { as: applicant }),
      await harness.request(`/instruction/demandes/${id}`, { as: instructor }),
    ]) {
      const text = await pageText(page);
      expect(text).toContain(`${history} ${motivation}`);
    }

    // An instructor's form opened before the closure is told who changed the request.
    const late = await harness.request(`/instruction/demandes/${id}/refuser`, {
      method: "POST",
      body: decisionForm(3, "Aucune grille tarifaire."),
      as: instructor,
    });
    expect(late.status).toBe(409);
    expect(await pageText(late)).toContain("modifiée entre-temps par Cadre (automatique)");

    // Statistics: a closure without answer, never an instructor's refusal.
    const statTypes = (await listStatisticEvents(harness.db)).filter((event) => event.requestId === id);
    expect(statTypes.map((event) => event.type)).toEqual(["submit", "request_tariff_act", "closed_without_answer"]);
    const dashboard = (await listDashboardEvents(harness.db, {})).filter((event) => event.requestId === id);
    expect(dashboard.map((event) => event.type)).toEqual(["submit", "request_tariff_act", "closed_without_answer"]);
    // This request and the first test's one (reminded on 2 December, so due the same instant).
    const publicPage = await pageText(await harness.request("/statistiques"));
    expect(publicPage).toContain("Demandes closes sans réponse à la demande d'acte tarifaire 2");
    const admin = await harness.user("admin");
    const dashboardPage = await pageText(
      await harness.request("/admin/statistiques?du=2026-12-15&au=2027-01-15", { as: admin }),
    );
    expect(dashboardPage).toContain("Refusées 0");
    expect(dashboardPage).toContain("Closes sans réponse (automatiquement, hors refus) 2");
    // Cadre's own account is nobody's to manage.
    expect((await listUsersWithOrganisation(harness.db)).map((user) => user.email)).not.toContain(SYSTEM_EMAIL);
  });

  it("gives a new round its own reminder, and never closes a request whose act came", async () => {
    harness.clock.now = Date.UTC(2027, 2, 1, 9, 0, 0);
    const id = await submittedRequest(harness, applicant);
    await askTariffAct(id, 2);
    harness.clock.now += 30 * DAY_MS;
    expect((await run()).reminded).toContain(id);

    harness.clock.now += DAY_MS;
    await provideTariffAct(id, 3);
    harness.clock.now += 60 * DAY_MS;
    const whileSubmitted = await run();
    expect([...whileSubmitted.reminded, ...whileSubmitted.closed]).not.toContain(id);
    expect((await findRequest(harness.db, id))?.state).toBe("submitted");

    await askTariffAct(id, 4);
    harness.clock.now += 29 * DAY_MS;
    expect((await run()).reminded).not.toContain(id);
    harness.clock.now += DAY_MS;
    expect((await run()).reminded).toContain(id);

    const rounds = (await eventsOf(id))
      .filter((event) => event.type === "tariff_act_reminder")
      .map((event) => (JSON.parse(event.payload) as { round: number }).round);
    expect(rounds).toEqual([3, 5]);
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "tariff_act_requested", version: 5 });
  });

  it("does nothing when both steps are turned off", async () => {
    harness.clock.now = Date.UTC(2027, 8, 1, 9, 0, 0);
    const id = await submittedRequest(harness, applicant);
    await askTariffAct(id, 2);
    harness.clock.now += 400 * DAY_MS;
    const report = await followUpTariffActs({
      db: harness.db,
      now: () => harness.clock.now,
      settings: { reminderDays: null, closeDays: null },
    });
    expect(report).toEqual({ reminded: [], closed: [], skipped: [] });
    expect((await eventsOf(id)).map((event) => event.type)).toEqual(["created", "submit", "request_tariff_act"]);
  });
});
