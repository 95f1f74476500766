/// <reference path="../../node_modules/@cloudflare/vitest-plugin/types/cloudflare-test.d.ts" />
/**
 * The Worker entry itself, in workerd: its cron handler runs the tariff-act follow-up (and the
 * outbox after it), and Workers assets serve public/static.
 */

import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import worker, { type WorkerEnv } from "../../src/entry/worker";
import { DAY_MS } from "../../src/domain/tariff-act-follow-up";
import { findRequest } from "../../src/storage/requests-store";
import { eventSeals, events, outbox } from "../../src/storage/schema";
import { createHarness } from "../support/harness.workerd";
import { decisionForm, submittedRequest } from "../support/requests";

describe("Worker entry", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  async function cron(vars: Partial<WorkerEnv> = {}) {
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ cron: "*/5 * * * *" }),
      { ...(env as unknown as WorkerEnv), ...vars },
      ctx,
    );
    await waitOnExecutionContext(ctx);
  }

  /** Runs the cron and returns what it logged as errors. */
  async function cronErrors(vars: Partial<WorkerEnv>): Promise<string> {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(String(line));
    try {
      await cron(vars);
    } finally {
      console.error = original;
    }
    return errors.join("\n");
  }

  /** A newly submitted request's latest event, the one the next sealing must reach. */
  async function newestEventOfNewRequest() {
    const id = await submittedRequest(harness, applicant);
    const [latest] = await harness.db.select().from(events).where(eq(events.requestId, id)).orderBy(desc(events.id));
    return latest!;
  }

  it("reminds from the cron trigger, then closes with the configured delay", async () => {
    // The handler reads the real clock: the request is dated back instead.
    harness.clock.now = Date.now() - 31 * DAY_MS;
    const id = await submittedRequest(harness, applicant);
    const asked = await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "Merci de joindre la délibération tarifaire."),
      as: instructor,
    });
    expect(asked.status).toBe(303);

    await cron({ TARIFF_ACT_CLOSE_DAYS: "0" });
    const typesOf = async () =>
      (await harness.db.select().from(events).where(eq(events.requestId, id)).orderBy(events.id)).map((e) => e.type);
    expect(await typesOf()).toEqual(["created", "submit", "request_tariff_act", "tariff_act_reminder"]);
    const reminders = await harness.db
      .select()
      .from(outbox)
      .where(
        and(
          eq(outbox.recipient, applicant.email),
          eq(outbox.subject, `Demande n° ${id} : relance, acte tarifaire toujours attendu`),
        ),
      );
    // No SMTP in Workers: the e-mail waits in the outbox for a Node dispatcher.
    expect(reminders).toMatchObject([{ status: "pending" }]);

    // Closure off: nothing more. Then closure at 31 days without reminders: the request waited 31.
    await cron({ TARIFF_ACT_CLOSE_DAYS: "0" });
    expect((await findRequest(harness.db, id))?.state).toBe("tariff_act_requested");
    await cron({ TARIFF_ACT_REMINDER_DAYS: "0", TARIFF_ACT_CLOSE_DAYS: "31" });
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "rejected", version: 4 });
    expect(await typesOf()).toEqual(["created", "submit", "request_tariff_act", "tariff_act_reminder", "reject"]);
  });

  it("logs a wrong setting and still runs the rest of the cron", async () => {
    const latest = await newestEventOfNewRequest();
    expect(await cronErrors({ TARIFF_ACT_REMINDER_DAYS: "trente" })).toContain(
      "TARIFF_ACT_REMINDER_DAYS doit être un nombre de jours entier",
    );
    // The audit chain was still sealed up to the newest event.
    expect(await harness.db.select().from(eventSeals).where(eq(eventSeals.eventId, latest.id))).toHaveLength(1);
  });

  it("seals under AUDIT_KEYS and publishes each checkpoint to the KV binding", async () => {
    const latest = await newestEventOfNewRequest();
    await cron({ AUDIT_KEYS: `kw1:${btoa("w".repeat(32))}` });
    const [seal] = await harness.db.select().from(eventSeals).where(eq(eventSeals.eventId, latest.id));
    expect(seal).toMatchObject({ kid: "kw1" });
    const kv = (env as unknown as { AUDIT_CHECKPOINTS: KVNamespace }).AUDIT_CHECKPOINTS;
    const published = JSON.parse((await kv.get("latest"))!);
    expect(published).toMatchObject({ head: seal!.hash, lastEventId: latest.id, kid: "kw1" });
    expect(await kv.get(`checkpoint/${String(latest.id).padStart(12, "0")}`)).toBe(await kv.get("latest"));
  });

  it("seals nothing in production without AUDIT_KEYS, and says why", async () => {
    const latest = await newestEventOfNewRequest();
    expect(await cronErrors({ CADRE_ENV: "production" })).toContain("AUDIT_KEYS doit être défini en production");
    expect(await harness.db.select().from(eventSeals).where(eq(eventSeals.eventId, latest.id))).toHaveLength(0);
  });

  // SELF does not go through the assets router in this test pool, so the ASSETS binding (the
  // same asset server, configured from wrangler.toml's [assets]) is asked directly.
  it("serves the DSFR and Cadre's own files through Workers assets", async () => {
    const assets = (env as unknown as { ASSETS: Fetcher }).ASSETS;
    const css = await assets.fetch("https://cadre.test/static/dsfr/dsfr.min.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
    expect((await css.text()).length).toBeGreaterThan(10_000);
    const htmx = await assets.fetch("https://cadre.test/static/htmx.min.js");
    expect(htmx.status).toBe(200);
    expect(await htmx.text()).toContain("htmx");
  });
});
