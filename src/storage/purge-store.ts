/** Retention's reads and writes: the documents due for purging, and one request's purge batch. */

import { and, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { eventStatement } from "./event-rows";
import { documentChunks, documents, documentTexts, requests } from "./schema";

/** Documents not purged yet of requests decided (accepted or refused) before `decidedBefore`. */
export function listDocumentsDueForPurge(db: Database, decidedBefore: number) {
  return db
    .select({ requestId: documents.requestId, documentId: documents.id })
    .from(documents)
    .innerJoin(requests, sql`${requests.id} = ${documents.requestId}`)
    .where(
      and(
        isNull(documents.purgedAt),
        inArray(requests.state, ["accepted", "rejected"]),
        lt(requests.decidedAt, decidedBefore),
      ),
    );
}

/** Bytes and text deleted, the document marked purged, and the request's event. */
export function purgeStatements(
  db: Database,
  purge: { requestId: number; documentIds: number[]; retentionDays: number },
  now: number,
): Statement[] {
  const ids = purge.documentIds;
  return [
    db.delete(documentChunks).where(inArray(documentChunks.documentId, ids)),
    db.update(documentTexts).set({ text: "", pageOffsets: "[0]" }).where(inArray(documentTexts.documentId, ids)),
    db.update(documents).set({ purgedAt: now }).where(inArray(documents.id, ids)),
    eventStatement(
      db,
      {
        requestId: purge.requestId,
        requestVersion: null,
        actorId: null,
        type: "documents_purged",
        payload: { documents: ids.length, retentionDays: purge.retentionDays },
      },
      now,
    ),
  ];
}
