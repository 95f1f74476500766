/** The documents of a request not read yet, handed to the runtime's reader after an upload. */

import type { Database } from "../storage/database";
import { listUnreadDocumentIds } from "../storage/documents-store";

export function listUnreadDocuments(db: Database, requestId: number): Promise<number[]> {
  return listUnreadDocumentIds(db, requestId);
}
