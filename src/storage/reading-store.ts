/** What reading found: document texts, and the request's findings and annotation. */

import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { RequestAnnotation } from "../annotator/annotate-request";
import type { ExtractionResult } from "../documents/extraction-types";
import type { Database, Statement } from "./database";
import { preparedFor } from "./prepared";
import { documents, documentTexts, findings, requestAnnotations } from "./schema";

export function textStatements(
  db: Database,
  documentId: number,
  extraction: ExtractionResult,
  now: number,
): Statement[] {
  return [
    db
      .update(documentTexts)
      .set({
        status: extraction.status,
        method: extraction.method,
        text: extraction.text,
        pageOffsets: JSON.stringify(extraction.pageOffsets),
        confidence: extraction.confidence,
        error: extraction.error,
        extractedAt: now,
      })
      .where(eq(documentTexts.documentId, documentId)),
  ];
}

/** Replaces the request's findings and annotation (derived data, recomputed as a whole). */
export function annotationStatements(
  db: Database,
  requestId: number,
  annotation: RequestAnnotation,
  rulesVersion: string,
  now: number,
): Statement[] {
  return [
    db.delete(findings).where(eq(findings.requestId, requestId)),
    ...annotation.findings.map((finding) =>
      db.insert(findings).values({
        requestId,
        ruleId: finding.ruleId,
        status: finding.status,
        scope: finding.scope ?? null,
        message: finding.message,
        evidence: JSON.stringify(finding.evidence),
        createdAt: now,
      }),
    ),
    db.delete(requestAnnotations).where(eq(requestAnnotations.requestId, requestId)),
    db
      .insert(requestAnnotations)
      .values({ requestId, rulesVersion, annotation: JSON.stringify(annotation), annotatedAt: now }),
  ];
}

const annotationOfRequest = preparedFor((db) =>
  db
    .select({ annotation: requestAnnotations.annotation })
    .from(requestAnnotations)
    .where(eq(requestAnnotations.requestId, sql.placeholder("requestId")))
    .prepare(),
);

export async function findRequestAnnotation(db: Database, requestId: number): Promise<RequestAnnotation | undefined> {
  const row = await annotationOfRequest(db).get({ requestId });
  return row ? (JSON.parse(row.annotation) as RequestAnnotation) : undefined;
}

export interface StoredText {
  readonly id: number;
  readonly name: string;
  readonly status: string;
  readonly method: string | null;
  readonly text: string;
  readonly pageOffsets: number[];
  readonly confidence: number | null;
  readonly error: string | null;
}

/** Every document of the request with what reading found so far, in upload order. */
const requestTexts = preparedFor((db) =>
  db
    .select({
      id: documents.id,
      name: documents.name,
      status: documentTexts.status,
      method: documentTexts.method,
      text: documentTexts.text,
      pageOffsets: documentTexts.pageOffsets,
      confidence: documentTexts.confidence,
      error: documentTexts.error,
    })
    .from(documents)
    .innerJoin(documentTexts, eq(documentTexts.documentId, documents.id))
    .where(eq(documents.requestId, sql.placeholder("requestId")))
    .orderBy(asc(documents.id))
    .prepare(),
);

export async function listRequestTexts(db: Database, requestId: number): Promise<StoredText[]> {
  const rows = await requestTexts(db).all({ requestId });
  return rows.map((row) => ({ ...row, pageOffsets: JSON.parse(row.pageOffsets) as number[] }));
}

export async function listDocumentIdsByTextStatus(db: Database, statuses: string[]): Promise<number[]> {
  const rows = await db
    .select({ id: documentTexts.documentId })
    .from(documentTexts)
    .where(and(inArray(documentTexts.status, statuses)))
    .orderBy(asc(documentTexts.documentId));
  return rows.map((row) => row.id);
}
