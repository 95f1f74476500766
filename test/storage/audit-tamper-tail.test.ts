/**
 * Deleting the last event and its seal leaves a chain that verifies on its own: only the
 * checkpoint published outside the database shows it, and new events must not cover it up.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyEventChain } from "../../src/services/verify-event-chain";
import { dropAppendOnlyTriggers, seal, sealRows, sealedHistory, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";
import { submittedRequest } from "../support/requests";

describe("audit chain: last event deleted with its seal", async () => {
  const harness = await createHarness();
  const events = await sealedHistory(harness);
  const last = events.at(-1)!;
  await dropAppendOnlyTriggers(harness);
  await harness.db.run(sql`delete from event_seals where event_id = ${last}`);
  await harness.db.run(sql`delete from events where id = ${last}`);

  it("verifies without the checkpoint, which is why there is one", async () => {
    expect(await verifyEventChain(harness.db, harness.auditKeys, null)).toMatchObject({
      ok: true,
      checked: events.length - 1,
    });
  });

  it("is detected against the latest checkpoint, naming the missing event", async () => {
    const report = await verify(harness);
    expect(report).toMatchObject({ ok: false, eventId: last, checked: events.length - 1 });
    expect(!report.ok && report.reason).toContain(
      `couvre ${events.length} événement(s) jusqu'au n° ${last}, la base n'en a que ${events.length - 1} scellé(s)`,
    );
  });

  it("is not covered up by sealing the events that come next", async () => {
    const organisation = await harness.organisation();
    await submittedRequest(harness, await harness.user("applicant", organisation.id));
    const before = await sealRows(harness);
    expect((await seal(harness)).halted).toContain("Scellement suspendu");
    expect(await sealRows(harness)).toEqual(before);
    expect(await verify(harness)).toMatchObject({ ok: false, eventId: last });
  });
});
