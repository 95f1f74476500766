/**
 * Sealing and verifying the audit chain. hash(n) = SHA-256(hash(n-1) + "\n" + the event's
 * canonical JSON), in event id order, starting from 64 zeros. `verifyEventChain` recomputes it
 * and names the first event that no longer matches its seal, or whose seal is missing.
 */

import { sha256Hex } from "../domain/digest";
import { runAtomically, type Database } from "../storage/database";
import { eventsAfter, lastSeal, listSeals, sealStatement, type EventRow } from "../storage/seals-store";

const GENESIS = "0".repeat(64);
const BATCH = 500;

function canonical(event: EventRow): string {
  return JSON.stringify([
    event.id,
    event.requestId,
    event.requestVersion,
    event.actorId,
    event.type,
    event.fromState,
    event.toState,
    event.payload,
    event.createdAt,
  ]);
}

const chainHash = (prevHash: string, event: EventRow) => sha256Hex(`${prevHash}\n${canonical(event)}`);

/** Seals every event not sealed yet; returns how many. Safe to run from several places at once. */
export async function sealEvents(db: Database, now: number): Promise<number> {
  let sealed = 0;
  for (;;) {
    const last = await lastSeal(db);
    const pending = await eventsAfter(db, last?.eventId ?? 0, BATCH);
    if (pending.length === 0) return sealed;
    let prevHash = last?.hash ?? GENESIS;
    const rows = [];
    for (const event of pending) {
      const hash = await chainHash(prevHash, event);
      rows.push(sealStatement(db, { eventId: event.id, prevHash, hash, sealedAt: now }));
      prevHash = hash;
    }
    try {
      await runAtomically(db, rows);
    } catch {
      return sealed; // Another sealer got there first: its seals stand, ours are not needed.
    }
    sealed += pending.length;
  }
}

export type ChainReport =
  | { readonly ok: true; readonly checked: number; readonly unsealed: number }
  | { readonly ok: false; readonly checked: number; readonly eventId: number; readonly reason: string };

export async function verifyEventChain(db: Database): Promise<ChainReport> {
  const seals = new Map((await listSeals(db)).map((seal) => [seal.eventId, seal]));
  let prevHash = GENESIS;
  let checked = 0;
  let unsealed = 0;
  let after = 0;
  for (;;) {
    const page = await eventsAfter(db, after, BATCH);
    if (page.length === 0) break;
    for (const event of page) {
      const seal = seals.get(event.id);
      seals.delete(event.id);
      if (!seal) {
        unsealed++;
        continue;
      }
      if (unsealed > 0)
        return { ok: false, checked, eventId: event.id, reason: "des événements antérieurs n'ont pas de sceau" };
      if (seal.prevHash !== prevHash)
        return { ok: false, checked, eventId: event.id, reason: "le maillon précédent a été modifié ou supprimé" };
      const hash = await chainHash(prevHash, event);
      if (hash !== seal.hash)
        return { ok: false, checked, eventId: event.id, reason: "l'événement a été modifié après son scellement" };
      prevHash = hash;
      checked++;
    }
    after = page.at(-1)!.id;
  }
  const orphan = [...seals.keys()].sort((a, b) => a - b)[0];
  if (orphan !== undefined) return { ok: false, checked, eventId: orphan, reason: "l'événement scellé a disparu" };
  return { ok: true, checked, unsealed };
}
