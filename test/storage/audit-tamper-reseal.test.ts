/**
 * The rewrite that used to pass: delete the seals from event N on, change event N, run the
 * verifier. It must name event N, write nothing, and the sealing job must refuse to seal on top.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAppendOnlyTriggers, seal, sealRows, sealedHistory, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";

describe("audit chain: seals deleted from event N on, event N changed", async () => {
  const harness = await createHarness();
  const events = await sealedHistory(harness);
  const victim = events[2]!;
  await dropAppendOnlyTriggers(harness);
  await harness.db.run(sql`delete from event_seals where event_id >= ${victim}`);
  await harness.db.run(sql`update events set payload = '{"motivation":"Réécrit"}' where id = ${victim}`);

  it("is detected at event N, and verifying seals nothing", async () => {
    const before = await sealRows(harness);
    const report = await verify(harness);
    expect(report).toMatchObject({ ok: false, eventId: victim, checked: events.indexOf(victim) });
    expect(!report.ok && report.reason).toMatch(/son sceau a disparu alors que le point de contrôle du .* couvre/);
    expect(await sealRows(harness)).toEqual(before);
  });

  it("stops the sealing job, which would otherwise hide it", async () => {
    const before = await sealRows(harness);
    const report = await seal(harness);
    expect(report).toMatchObject({ sealed: 0, checkpoint: null });
    expect(report.halted).toContain(`couvre l'événement n° ${events.at(-1)}, qui n'a plus de sceau`);
    expect(await sealRows(harness)).toEqual(before);
    expect(await verify(harness)).toMatchObject({ ok: false, eventId: victim });
  });
});
