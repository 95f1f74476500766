/** The audit chain: sealed in order, verified, and a tampered or deleted event is named. */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sealEvents, verifyEventChain } from "../../src/services/event-chain";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";

describe("event chain", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const id = await submittedRequest(harness, applicant);
  await harness.request(`/instruction/demandes/${id}/valider`, {
    method: "POST",
    body: decisionForm(2),
    as: instructor,
  });

  it("seals every event once and verifies the chain", async () => {
    const sealed = await sealEvents(harness.db, harness.clock.now);
    expect(sealed).toBeGreaterThanOrEqual(3);
    expect(await sealEvents(harness.db, harness.clock.now)).toBe(0);
    const report = await verifyEventChain(harness.db);
    expect(report).toMatchObject({ ok: true, unsealed: 0 });
    await submittedRequest(harness, applicant); // new events, not sealed yet: still fine
    expect(await verifyEventChain(harness.db)).toMatchObject({ ok: true });
    await sealEvents(harness.db, harness.clock.now);
  });

  it("names the first event changed behind the triggers' back", async () => {
    const [victim] = (await harness.db.all(sql`select id from events where type = 'accept' limit 1`)) as {
      id: number;
    }[];
    await harness.db.run(sql`drop trigger events_no_update`);
    await harness.db.run(sql`update events set payload = '{"motivation":"Réécrit"}' where id = ${victim!.id}`);
    const report = await verifyEventChain(harness.db);
    expect(report).toMatchObject({
      ok: false,
      eventId: victim!.id,
      reason: "l'événement a été modifié après son scellement",
    });
  });
});
