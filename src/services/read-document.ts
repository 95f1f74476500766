/**
 * Reading one stored document: extract its text (the runtime decides whether OCR may run),
 * then judge the request again on all its read documents, and store both in one batch. A
 * document this runtime cannot read stays visibly waiting ("needs_ocr"), never silently empty.
 */

import { annotateRequest } from "../annotator/annotate-request";
import type { ExtractionResult } from "../documents/extraction-types";
import { RULES_VERSION } from "../rules/index";
import { runAtomically, type Database } from "../storage/database";
import { findDocument, readDocumentBytes } from "../storage/documents-store";
import { annotationStatements, listRequestTexts, textStatements } from "../storage/reading-store";
import { findRequest, type RequestRecord } from "../storage/requests-store";

export type Extractor = (bytes: Uint8Array) => Promise<ExtractionResult>;

export interface ReadingDeps {
  readonly db: Database;
  readonly now: () => number;
  readonly extract: Extractor;
}

export async function readDocument(deps: ReadingDeps, documentId: number): Promise<ExtractionResult["status"] | null> {
  const document = await findDocument(deps.db, documentId);
  const request = document && (await findRequest(deps.db, document.requestId));
  if (!document || !request) return null;
  const extraction = await deps.extract(await readDocumentBytes(deps.db, documentId));
  await storeReading(deps.db, deps.now(), request, documentId, extraction);
  return extraction.status;
}

/** Stores what was read in a document and the request's new judgement, in one batch. */
export async function storeReading(
  db: Database,
  now: number,
  request: RequestRecord,
  documentId: number,
  extraction: ExtractionResult,
): Promise<void> {
  const annotation = await judgeRequest(db, request, { id: documentId, extraction });
  await runAtomically(db, [
    ...textStatements(db, documentId, extraction, now),
    ...annotationStatements(db, request.id, annotation, RULES_VERSION, now),
  ]);
}

/** Judges the request again without reading anything new (its scopes changed, or the rules did). */
export async function reannotateRequest(db: Database, request: RequestRecord, now: number): Promise<void> {
  await runAtomically(db, annotationStatements(db, request.id, await judgeRequest(db, request), RULES_VERSION, now));
}

/** The request judged on all its read documents, `fresh` standing for a document just read. */
async function judgeRequest(
  db: Database,
  request: RequestRecord,
  fresh?: { id: number; extraction: ExtractionResult },
) {
  const texts = (await listRequestTexts(db, request.id)).map((stored) =>
    stored.id === fresh?.id
      ? {
          ...stored,
          status: fresh.extraction.status,
          text: fresh.extraction.text,
          pageOffsets: [...fresh.extraction.pageOffsets],
          method: fresh.extraction.method,
          confidence: fresh.extraction.confidence,
        }
      : stored,
  );
  return annotateRequest(
    texts.filter((stored) => stored.status === "done"),
    { scopes: request.scopes, useCase: request.useCase, legalFrameworkText: request.legalFrameworkText },
  );
}
