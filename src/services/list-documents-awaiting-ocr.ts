/** Remote reading, step 1: the documents left waiting for OCR (see remote-reading-refusal.ts). */

import { authorize } from "../domain/policies";
import { listDocumentIdsByTextStatus } from "../storage/reading-store";
import type { ServiceContext } from "./context";
import { REMOTE_READING_REFUSAL } from "./remote-reading-refusal";

export async function listDocumentsAwaitingOcr(ctx: ServiceContext): Promise<number[]> {
  authorize(ctx.actor, "read_remotely", REMOTE_READING_REFUSAL);
  return listDocumentIdsByTextStatus(ctx.db, ["needs_ocr"]);
}
