/**
 * Event N changed and the chain re-sealed from N by someone without the key: with a guessed key
 * under the real kid, with a kid nobody knows, with the old keyless formula. Each is detected at N.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LEGACY_KID, chainHash, type AuditKeys } from "../../src/domain/audit-chain";
import { eventsAfter, insertSeal } from "../../src/storage/audit-store";
import { runAtomically } from "../../src/storage/database";
import { dropAppendOnlyTriggers, keysOf, sealedHistory, sealRows, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";

describe("audit chain: event N changed and re-sealed without the key", async () => {
  const harness = await createHarness();
  const real = keysOf(["k1", "la vraie clé, dans un secret"]);
  const events = await sealedHistory(harness, real);
  const victim = events[2]!;
  await dropAppendOnlyTriggers(harness);
  await harness.db.run(sql`update events set payload = '{"motivation":"Réécrit"}' where id = ${victim}`);

  /** What the forger does: the seals from N on, recomputed with what they have. */
  async function forgeFrom(kid: string, keys: AuditKeys) {
    await harness.db.run(sql`delete from event_seals where event_id >= ${victim}`);
    const seals = await sealRows(harness);
    let prevHash = seals.at(-1)!.hash;
    const rows = [];
    for (const event of await eventsAfter(harness.db, seals.at(-1)!.eventId, 1000)) {
      const hash = (await chainHash(keys, kid, prevHash, event))!;
      rows.push(insertSeal(harness.db, { eventId: event.id, prevHash, hash, sealedAt: harness.clock.now, kid }));
      prevHash = hash;
    }
    await runAtomically(harness.db, rows);
  }

  it("detects a seal made with a guessed key under the real kid", async () => {
    await forgeFrom("k1", keysOf(["k1", "une clé devinée"]));
    expect(await verify(harness, real)).toMatchObject({
      ok: false,
      eventId: victim,
      reason: "l'événement a été modifié après son scellement, ou son sceau a été fait avec une autre clé",
    });
  });

  it("detects a seal under a kid that is not in AUDIT_KEYS", async () => {
    await forgeFrom("k9", keysOf(["k9", "la clé du faussaire"]));
    const report = await verify(harness, real);
    expect(report).toMatchObject({ ok: false, eventId: victim });
    expect(!report.ok && report.reason).toContain("clé inconnue (« k9 »)");
  });

  it("detects a keyless seal after keyed ones", async () => {
    await forgeFrom(LEGACY_KID, real);
    const report = await verify(harness, real);
    expect(report).toMatchObject({ ok: false, eventId: victim });
    expect(!report.ok && report.reason).toContain("sans clé alors qu'un sceau précédent est fait avec une clé");
  });

  it("still checks the untouched ones: the real key verifies up to N", async () => {
    await forgeFrom("k1", real);
    // Re-sealed with the real key (as if it had leaked), the chain matches itself but not the
    // checkpoint published before the change.
    const report = await verify(harness, real);
    expect(report).toMatchObject({ ok: false, eventId: events.at(-1) });
    expect(!report.ok && report.reason).toContain("elle a été rescellée");
  });
});
