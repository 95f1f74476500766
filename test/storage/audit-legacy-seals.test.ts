/**
 * Seals written before keys (kid "sha256", plain SHA-256, kept by migration 0011) still verify,
 * and keyed sealing continues the chain from them.
 */

import { describe, expect, it } from "vitest";
import { GENESIS, LEGACY_KID, chainHash } from "../../src/domain/audit-chain";
import { eventsAfter, insertSeal } from "../../src/storage/audit-store";
import { runAtomically } from "../../src/storage/database";
import { keysOf, seal, sealRows, verify } from "../support/audit-chain";
import { createHarness } from "../support/harness";
import { submittedRequest } from "../support/requests";

describe("audit chain: seals from before keys", async () => {
  const harness = await createHarness();
  const keys = keysOf(["k1", "la clé de production"]);
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  await submittedRequest(harness, applicant);
  // What the sealer wrote before migration 0011.
  let prevHash = GENESIS;
  const rows = [];
  for (const event of await eventsAfter(harness.db, 0, 100)) {
    const hash = (await chainHash(keys, LEGACY_KID, prevHash, event))!;
    rows.push(insertSeal(harness.db, { eventId: event.id, prevHash, hash, sealedAt: 0, kid: LEGACY_KID }));
    prevHash = hash;
  }
  await runAtomically(harness.db, rows);
  const legacy = rows.length;

  it("verify, and the keyed seals that follow them too", async () => {
    expect(await verify(harness, keys)).toMatchObject({ ok: true, checked: legacy });
    await submittedRequest(harness, applicant);
    const report = await seal(harness, keys);
    expect(report.checkpoint).toMatchObject({ kid: "k1", count: legacy + report.sealed });
    expect((await sealRows(harness)).map((row) => row.kid)).toEqual([
      ...Array<string>(legacy).fill(LEGACY_KID),
      ...Array<string>(report.sealed).fill("k1"),
    ]);
    expect(await verify(harness, keys)).toMatchObject({ ok: true, checked: legacy + report.sealed, unsealed: 0 });
  });
});
