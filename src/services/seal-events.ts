/**
 * Sealing the audit chain: every event not sealed yet gets, in id order, its HMAC seal under the
 * current key (src/domain/audit-chain.ts). Each batch that advances the chain publishes a
 * checkpoint outside the database and, in the same batch as the seals, an `audit.checkpoint`
 * webhook delivery. Run by the scheduled job only: verifying never seals.
 *
 * Before sealing, the latest checkpoint must still be in the chain (same seal at the same event):
 * otherwise someone deleted or rewrote sealed events, and sealing on top would hide it, so the
 * job stops and says why until an operator has looked (`cadre verify-events`).
 */

import { GENESIS, chainHash, type AuditKeys } from "../domain/audit-chain";
import { type AuditCheckpoint, type CheckpointStore } from "../domain/audit-checkpoint";
import { formatDateTime } from "../domain/format";
import { eventsAfter, insertSeal, lastSeal, sealCountUpTo, sealOf } from "../storage/audit-store";
import { runAtomically, type Database, type Statement } from "../storage/database";
import { activeWebhooks, outboxStatements } from "../storage/outbox-store";

const BATCH = 500;

export interface SealContext {
  readonly db: Database;
  readonly keys: AuditKeys;
  readonly checkpoints: CheckpointStore;
  readonly now: number;
}

export interface SealReport {
  readonly sealed: number;
  /** The last checkpoint this run published, if it advanced the chain. */
  readonly checkpoint: AuditCheckpoint | null;
  /** Why nothing was sealed although it should have been (French, for the logs). */
  readonly halted: string | null;
}

/** Seals every event not sealed yet. Safe to run from several places at once. */
export async function sealEvents({ db, keys, checkpoints, now }: SealContext): Promise<SealReport> {
  const published = await checkpoints.latest();
  const halted = await checkpointMismatch(db, checkpoints, published);
  if (halted) return { sealed: 0, checkpoint: null, halted };
  let sealed = 0;
  let checkpoint: AuditCheckpoint | null = null;
  // The chain's length at the last checkpoint, which still matches the database (checked just
  // above): counting every seal instead costs tens of milliseconds on a chain of 250,000 links,
  // every second, on the thread that serves pages.
  let known = published ? { eventId: published.lastEventId, count: published.count } : null;
  for (;;) {
    const last = await lastSeal(db);
    const pending = await eventsAfter(db, last?.eventId ?? 0, BATCH);
    if (pending.length === 0) break;
    let prevHash = last?.hash ?? GENESIS;
    const rows: Statement[] = [];
    for (const event of pending) {
      const hash = (await chainHash(keys, keys.current, prevHash, event))!;
      rows.push(insertSeal(db, { eventId: event.id, prevHash, hash, sealedAt: now, kid: keys.current }));
      prevHash = hash;
    }
    const next: AuditCheckpoint = {
      head: prevHash,
      count: (await chainLength(db, last?.eventId, known)) + pending.length,
      lastEventId: pending.at(-1)!.id,
      kid: keys.current,
      at: new Date(now).toISOString(),
    };
    try {
      await runAtomically(db, [...rows, ...(await checkpointDeliveries(db, next, now))]);
    } catch {
      break; // Another sealer got there first: its seals and its checkpoint stand, ours are not needed.
    }
    await checkpoints.publish(next);
    checkpoint = next;
    known = { eventId: next.lastEventId, count: next.count };
    sealed += pending.length;
  }
  return { sealed, checkpoint, halted: null };
}

/** How many events the chain covers up to its last seal: known from a checkpoint there, else counted. */
async function chainLength(
  db: Database,
  lastSealed: number | undefined,
  known: { eventId: number; count: number } | null,
): Promise<number> {
  if (lastSealed === undefined) return 0;
  return known?.eventId === lastSealed ? known.count : sealCountUpTo(db, lastSealed);
}

/** The French reason to stop when the latest checkpoint is no longer what the database holds. */
async function checkpointMismatch(
  db: Database,
  checkpoints: CheckpointStore,
  published: AuditCheckpoint | null,
): Promise<string | null> {
  if (!published) return null;
  const seal = await sealOf(db, published.lastEventId);
  if (seal?.hash === published.head) return null;
  return (
    `Scellement suspendu : le point de contrôle du ${formatDateTime(Date.parse(published.at))} (${checkpoints.where}) ` +
    `couvre l'événement n° ${published.lastEventId}, ${seal ? "dont le sceau a changé" : "qui n'a plus de sceau"} dans la base. ` +
    "Lancez « cadre verify-events » pour trouver le premier événement touché."
  );
}

async function checkpointDeliveries(db: Database, checkpoint: AuditCheckpoint, now: number): Promise<Statement[]> {
  const { head, count, lastEventId, kid, at } = checkpoint;
  const body = JSON.stringify({ event: "audit.checkpoint", head, count, last_event_id: lastEventId, kid, at });
  const hooks = await activeWebhooks(db);
  return outboxStatements(
    db,
    hooks.map((hook) => ({ kind: "webhook" as const, recipient: hook.url, body, webhookId: hook.id })),
    now,
  );
}
