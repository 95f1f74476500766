/** The audit chain in tests: a sealed history to tamper with, and the sealer and verifier on it. */

import { sql } from "drizzle-orm";
import { readAuditKeys } from "../../src/config";
import type { AuditKeys } from "../../src/domain/audit-chain";
import { sealEvents } from "../../src/services/seal-events";
import { verifyEventChain } from "../../src/services/verify-event-chain";
import type { Harness } from "./harness-core";
import { decisionForm, submittedRequest } from "./requests";

/** Two requests filed and submitted, one accepted, everything sealed; returns the event ids. */
export async function sealedHistory(harness: Harness, keys: AuditKeys = harness.auditKeys): Promise<number[]> {
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const first = await submittedRequest(harness, applicant);
  await submittedRequest(harness, applicant);
  const accepted = await harness.request(`/instruction/demandes/${first}/valider`, {
    method: "POST",
    body: decisionForm(2, "Conforme au guide."),
    as: instructor,
  });
  if (accepted.status !== 303) throw new Error(`decision refused: ${accepted.status}`);
  const report = await seal(harness, keys);
  if (report.sealed < 5) throw new Error(`only ${report.sealed} events sealed`);
  return eventIds(harness);
}

export const seal = (harness: Harness, keys: AuditKeys = harness.auditKeys) =>
  sealEvents({ db: harness.db, keys, checkpoints: harness.checkpoints, now: harness.clock.now });

export const verify = async (harness: Harness, keys: AuditKeys = harness.auditKeys) =>
  verifyEventChain(harness.db, keys, await harness.checkpoints.latest());

/** AUDIT_KEYS as an operator writes it: "kid:secret" pairs, the first one sealing. */
export const keysOf = (...pairs: [kid: string, secret: string][]) =>
  readAuditKeys({ AUDIT_KEYS: pairs.map(([kid, secret]) => `${kid}:${btoa(secret.padEnd(32, "#"))}`).join(",") });

export async function eventIds(harness: Harness): Promise<number[]> {
  const rows = (await harness.db.all(sql`select id from events order by id`)) as { id: number }[];
  return rows.map((row) => row.id);
}

export async function sealRows(harness: Harness): Promise<{ eventId: number; kid: string; hash: string }[]> {
  return (await harness.db.all(sql`select event_id as eventId, kid, hash from event_seals order by event_id`)) as {
    eventId: number;
    kid: string;
    hash: string;
  }[];
}

/** What someone with write access to the database does first: drop the append-only triggers. */
export async function dropAppendOnlyTriggers(harness: Harness): Promise<void> {
  for (const trigger of ["events_no_update", "events_no_delete", "event_seals_no_update", "event_seals_no_delete"])
    await harness.db.run(sql.raw(`drop trigger ${trigger}`));
}
