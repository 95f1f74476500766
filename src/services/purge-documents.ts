/**
 * Retention: once a request has been decided (validated or refused) for longer than the
 * retention period, its documents' bytes and extracted text are deleted; the name, size and
 * SHA-256 stay, with an event, so the decision remains provable without keeping families'
 * data-bearing files. A reopened request is not decided, so its documents stay.
 */

import { runAtomically, type Database } from "../storage/database";
import { listDocumentsDueForPurge, purgeStatements } from "../storage/purge-store";

const DAY = 86_400_000;

export async function purgeDocuments(
  db: Database,
  retentionDays: number,
  now: number,
): Promise<{ requests: number; documents: number }> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new Error("La durée de conservation doit être un nombre entier de jours (1 au moins).");
  const due = await listDocumentsDueForPurge(db, now - retentionDays * DAY);
  const byRequest = new Map<number, number[]>();
  for (const row of due) byRequest.set(row.requestId, [...(byRequest.get(row.requestId) ?? []), row.documentId]);
  for (const [requestId, ids] of byRequest) {
    const statements = purgeStatements(db, { requestId, documentIds: ids, retentionDays }, now);
    await runAtomically(db, statements);
  }
  return { requests: byRequest.size, documents: due.length };
}
