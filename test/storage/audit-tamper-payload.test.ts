/** An event's payload changed behind the append-only triggers' back: its seal no longer matches. */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dropAppendOnlyTriggers, sealRows, sealedHistory, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";

describe("audit chain: payload changed in place", async () => {
  const harness = await createHarness();
  const events = await sealedHistory(harness);
  const [victim] = (await harness.db.all(sql`select id from events where type = 'accept' limit 1`)) as {
    id: number;
  }[];
  await dropAppendOnlyTriggers(harness);
  await harness.db.run(sql`update events set payload = '{"motivation":"Réécrit"}' where id = ${victim!.id}`);

  it("names the changed event, and writes nothing", async () => {
    const before = await sealRows(harness);
    expect(await verify(harness)).toMatchObject({
      ok: false,
      eventId: victim!.id,
      checked: events.indexOf(victim!.id),
      reason: "l'événement a été modifié après son scellement, ou son sceau a été fait avec une autre clé",
    });
    expect(await sealRows(harness)).toEqual(before);
  });
});
