/**
 * The audit chain without tampering: sealed in order under the current key, a checkpoint
 * published outside the database and as a webhook at each advance, verification read-only,
 * and keys that rotate (old seals verify with their kid). Tampering: audit-tamper-*.test.ts.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { INSECURE_DEV_KID } from "../../src/domain/audit-chain";
import { insertWebhook } from "../../src/storage/outbox-store";
import { keysOf, seal, sealRows, sealedHistory, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";
import { submittedRequest } from "../support/requests";

describe("event chain", async () => {
  const harness = await createHarness();
  const hook = await insertWebhook(harness.db, { url: "https://suivi.example.fr/cadre", secret: "s".repeat(32) }, 0);
  const events = await sealedHistory(harness);

  it("seals every event once, publishes the head as a checkpoint, and verifies", async () => {
    const seals = await sealRows(harness);
    expect(seals.map((row) => row.eventId)).toEqual(events);
    expect(new Set(seals.map((row) => row.kid))).toEqual(new Set([INSECURE_DEV_KID]));
    expect(await harness.checkpoints.latest()).toMatchObject({
      head: seals.at(-1)!.hash,
      count: events.length,
      lastEventId: events.at(-1),
      kid: INSECURE_DEV_KID,
      at: new Date(harness.clock.now).toISOString(),
    });
    expect(await seal(harness)).toMatchObject({ sealed: 0, checkpoint: null, halted: null });
    expect(await verify(harness)).toMatchObject({ ok: true, checked: events.length, unsealed: 0 });
  });

  it("tells the webhooks of each checkpoint, from the outbox", async () => {
    const rows = (await harness.db.all(
      sql`select body, webhook_id as webhookId from outbox where body like '%audit.checkpoint%'`,
    )) as { body: string; webhookId: number }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.webhookId).toBe(hook.id);
    const checkpoint = (await harness.checkpoints.latest())!;
    expect(JSON.parse(rows[0]!.body)).toEqual({
      event: "audit.checkpoint",
      head: checkpoint.head,
      count: checkpoint.count,
      last_event_id: checkpoint.lastEventId,
      kid: checkpoint.kid,
      at: checkpoint.at,
    });
  });

  it("verifies without sealing: new events wait for the sealing job", async () => {
    const organisation = await harness.organisation();
    await submittedRequest(harness, await harness.user("applicant", organisation.id));
    const before = await sealRows(harness);
    const report = await verify(harness);
    expect(report).toMatchObject({ ok: true, checked: before.length });
    expect(report.ok && report.unsealed).toBeGreaterThan(0);
    expect(await sealRows(harness)).toEqual(before);
  });

  it("rotates keys: new seals use the new kid, old seals verify with theirs", async () => {
    const rotated = keysOf(["k2027", "nouvelle clé"]);
    const withOld = { ...rotated, secrets: new Map([...rotated.secrets, ...harness.auditKeys.secrets]) };
    const report = await seal(harness, withOld);
    expect(report.sealed).toBeGreaterThan(0);
    expect(report.checkpoint?.kid).toBe("k2027");
    const kids = (await sealRows(harness)).map((row) => row.kid);
    expect(kids.at(0)).toBe(INSECURE_DEV_KID);
    expect(kids.at(-1)).toBe("k2027");
    // The new checkpoint counts the whole chain, carried on from the previous checkpoint.
    expect(report.checkpoint?.count).toBe(kids.length);
    expect(await verify(harness, withOld)).toMatchObject({ ok: true, unsealed: 0 });
    // Dropping the old key from AUDIT_KEYS leaves its seals unverifiable: it must stay listed.
    expect(await verify(harness, rotated)).toMatchObject({
      ok: false,
      eventId: events[0],
      reason: expect.stringContaining(`clé inconnue (« ${INSECURE_DEV_KID} »)`),
    });
  });
});
