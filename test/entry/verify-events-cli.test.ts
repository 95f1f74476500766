/**
 * `cadre verify-events`, the real command on a real database file: it verifies against the
 * checkpoint file, never seals, and names the first event touched in French (exit 1).
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { readAuditKeys } from "../../src/config";
import { fileCheckpointStore } from "../../src/entry/checkpoint-file";
import { extractDocument } from "../../src/documents/extract";
import { migrateLibsql, openLibsql } from "../../src/storage/libsql";
import { dropAppendOnlyTriggers, sealRows, sealedHistory } from "../support/audit-chain";
import { createHarnessFor } from "../support/harness-core";
import { submittedRequest } from "../support/requests";
import { runCli } from "../support/run-cli";

// Each case starts the real command (tsx): seconds each on a busy machine.
describe("cadre verify-events", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-verify-events-"));
  const env = {
    DATABASE_URL: `file:${join(dir, "cadre.db")}`,
    AUDIT_CHECKPOINT_FILE: join(dir, "checkpoints.jsonl"),
    AUDIT_KEYS: `k1:${btoa("une clé de trente-deux octets !!")}`,
    CADRE_ENV: "production",
  };
  const handle = openLibsql({ url: env.DATABASE_URL });
  await migrateLibsql(handle);
  const harness = createHarnessFor(
    handle.db,
    (bytes) => extractDocument(bytes, { allowOcr: false }),
    {},
    fileCheckpointStore(env.AUDIT_CHECKPOINT_FILE),
  );
  const events = await sealedHistory(harness, readAuditKeys(env));
  const organisation = await harness.organisation();
  await submittedRequest(harness, await harness.user("applicant", organisation.id)); // not sealed yet

  it("says the chain is intact and matches the checkpoint, and seals nothing", async () => {
    const before = await sealRows(harness);
    const { code, output } = await runCli(["verify-events"], env);
    expect(output).toContain(
      `Chaîne des événements intacte : ${events.length} événement(s) vérifié(s), conforme au point de contrôle du`,
    );
    expect(output).toContain("2 en attente de scellement");
    expect(code).toBe(0);
    expect(await sealRows(harness)).toEqual(before);
  });

  it("refuses to vouch for the tail without a checkpoint", async () => {
    const { code, output } = await runCli(["verify-events", "--checkpoint", join(dir, "absent.jsonl")], env);
    expect(output).toContain("Aucun point de contrôle dans");
    expect(code).toBe(1);
  });

  it("refuses to run without the keys in production", async () => {
    const { code, output } = await runCli(["verify-events"], { ...env, AUDIT_KEYS: "" });
    expect(output).toContain("AUDIT_KEYS doit être défini en production");
    expect(code).toBe(2);
  });

  it("names the first event touched after seals were deleted and the event changed, and seals nothing", async () => {
    const victim = events[3]!;
    await dropAppendOnlyTriggers(harness);
    await harness.db.run(sql`delete from event_seals where event_id >= ${victim}`);
    await harness.db.run(sql`update events set payload = '{"motivation":"Réécrit"}' where id = ${victim}`);
    const before = await sealRows(harness);
    const { code, output } = await runCli(["verify-events"], env);
    expect(output).toContain(`Journal d'audit altéré : premier événement touché, n° ${victim} : son sceau a disparu`);
    expect(code).toBe(1);
    expect(await sealRows(harness)).toEqual(before);
    handle.client.close();
  });
});
