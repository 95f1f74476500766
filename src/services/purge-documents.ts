/**
 * Retention: once a request has been decided (validated or refused) for longer than the
 * retention period, its documents' bytes and extracted text are deleted; the name, size and
 * SHA-256 stay, with an event, so the decision remains provable without keeping families'
 * data-bearing files. A reopened request is not decided, so its documents stay.
 */

import { and, inArray, isNull, lt, sql } from "drizzle-orm";
import { runAtomically, type Database, type Statement } from "../storage/database";
import { documentChunks, documents, documentTexts, events, requests } from "../storage/schema";

const DAY = 86_400_000;

export async function purgeDocuments(
  db: Database,
  retentionDays: number,
  now: number,
): Promise<{ requests: number; documents: number }> {
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new Error("La durée de conservation doit être un nombre entier de jours (1 au moins).");
  const due = await db
    .select({ requestId: documents.requestId, documentId: documents.id })
    .from(documents)
    .innerJoin(requests, sql`${requests.id} = ${documents.requestId}`)
    .where(
      and(
        isNull(documents.purgedAt),
        inArray(requests.state, ["accepted", "rejected"]),
        lt(requests.decidedAt, now - retentionDays * DAY),
      ),
    );
  const byRequest = new Map<number, number[]>();
  for (const row of due) byRequest.set(row.requestId, [...(byRequest.get(row.requestId) ?? []), row.documentId]);
  for (const [requestId, ids] of byRequest) {
    const statements: Statement[] = [
      db.delete(documentChunks).where(inArray(documentChunks.documentId, ids)),
      db.update(documentTexts).set({ text: "", pageOffsets: "[0]" }).where(inArray(documentTexts.documentId, ids)),
      db.update(documents).set({ purgedAt: now }).where(inArray(documents.id, ids)),
      db.insert(events).values({
        requestId,
        requestVersion: null,
        actorId: null,
        type: "documents_purged",
        payload: JSON.stringify({ documents: ids.length, retentionDays }),
        createdAt: now,
      }),
    ];
    await runAtomically(db, statements);
  }
  return { requests: byRequest.size, documents: due.length };
}
