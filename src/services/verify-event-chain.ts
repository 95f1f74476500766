/**
 * Verifying the audit chain, read-only: recomputes every seal in event id order with the kid it
 * names, then compares the chain with the latest checkpoint published outside the database, so
 * that deleting the last events with their seals, or re-sealing from an old point, shows. Names
 * the first event that breaks, in French. Never seals, never writes.
 */

import { GENESIS, LEGACY_KID, chainHash, type AuditKeys } from "../domain/audit-chain";
import type { AuditCheckpoint } from "../domain/audit-checkpoint";
import { formatDateTime } from "../domain/format";
import { allSeals, eventsAfter } from "../storage/audit-store";
import type { Database } from "../storage/database";

const PAGE = 500;

export type ChainReport =
  | {
      readonly ok: true;
      readonly checked: number;
      /** Events after the last seal, waiting for the sealing job. */
      readonly unsealed: number;
      /** The checkpoint the chain was compared with, if any. */
      readonly checkpoint: AuditCheckpoint | null;
    }
  | { readonly ok: false; readonly checked: number; readonly eventId: number; readonly reason: string };

export async function verifyEventChain(
  db: Database,
  keys: AuditKeys,
  checkpoint: AuditCheckpoint | null,
): Promise<ChainReport> {
  const seals = new Map((await allSeals(db)).map((seal) => [seal.eventId, seal]));
  const published = checkpoint ? `le point de contrôle du ${formatDateTime(Date.parse(checkpoint.at))}` : "";
  let prevHash = GENESIS;
  let checked = 0;
  let lastChecked = 0;
  let unsealed = 0;
  let firstUnsealed: number | undefined;
  let keyed = false;
  let reachedCheckpoint = false;
  const broken = (eventId: number, reason: string) => ({ ok: false as const, checked, eventId, reason });
  for (let after = 0; ;) {
    const page = await eventsAfter(db, after, PAGE);
    if (page.length === 0) break;
    for (const event of page) {
      const seal = seals.get(event.id);
      seals.delete(event.id);
      if (!seal) {
        firstUnsealed ??= event.id;
        unsealed++;
        continue;
      }
      if (firstUnsealed !== undefined)
        return broken(firstUnsealed, `il n'a pas de sceau alors que l'événement n° ${event.id}, après lui, en a un`);
      if (seal.kid === LEGACY_KID && keyed)
        return broken(event.id, "son sceau est sans clé alors qu'un sceau précédent est fait avec une clé");
      if (seal.prevHash !== prevHash) return broken(event.id, "le maillon précédent a été modifié ou supprimé");
      const hash = await chainHash(keys, seal.kid, prevHash, event);
      if (hash === null)
        return broken(
          event.id,
          `son sceau nomme une clé inconnue (« ${seal.kid} ») : ajoutez-la à AUDIT_KEYS, ou le sceau est faux`,
        );
      if (hash !== seal.hash)
        return broken(
          event.id,
          "l'événement a été modifié après son scellement, ou son sceau a été fait avec une autre clé",
        );
      keyed ||= seal.kid !== LEGACY_KID;
      prevHash = hash;
      checked++;
      lastChecked = event.id;
      if (checkpoint && event.id === checkpoint.lastEventId) {
        if (hash !== checkpoint.head || checked !== checkpoint.count)
          return broken(
            event.id,
            `la chaîne ne correspond plus à ${published} (${checkpoint.count} événement(s) scellé(s), sceau ${checkpoint.head.slice(0, 12)}…) : elle a été rescellée`,
          );
        reachedCheckpoint = true;
      }
    }
    after = page.at(-1)!.id;
  }
  const orphan = [...seals.keys()].sort((a, b) => a - b)[0];
  if (orphan !== undefined) return broken(orphan, "l'événement scellé a disparu");
  if (checkpoint && !reachedCheckpoint) {
    if (firstUnsealed !== undefined && firstUnsealed <= checkpoint.lastEventId)
      return broken(
        firstUnsealed,
        `son sceau a disparu alors que ${published} couvre les événements jusqu'au n° ${checkpoint.lastEventId}`,
      );
    return broken(
      lastChecked + 1,
      `des événements ont disparu : ${published} couvre ${checkpoint.count} événement(s) jusqu'au n° ${checkpoint.lastEventId}, la base n'en a que ${checked} scellé(s) jusqu'au n° ${lastChecked}`,
    );
  }
  return { ok: true, checked, unsealed, checkpoint };
}
