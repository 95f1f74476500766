/** Document bytes live in SQLite, cut into chunks that stay below D1's row size limit. */

import { and, asc, desc, eq, inArray, isNotNull, ne, notExists, sql, type SQL } from "drizzle-orm";
import type { DocumentKind } from "../domain/document";
import type { Database, Statement } from "./database";
import { newestId } from "./ids";
import { preparedFor } from "./prepared";
import { documentChunks, documents, documentTexts, requests } from "./schema";

// D1 caps a row at 2 MB (and a bound value with it); stay well below.
export const CHUNK_SIZE = 512 * 1024;

export type DocumentRow = typeof documents.$inferSelect;

export interface NewDocument {
  /** A known id, or newestId(requests) for a request created in the same batch. */
  readonly requestId: number | SQL<number>;
  readonly kind: DocumentKind;
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly uploadedById: number;
  /** For an act Cadre fetched from the request's address: that address and when it was fetched. */
  readonly source?: { readonly url: string; readonly fetchedAt: number };
  /** Text already known (demo documents); otherwise the document waits for reading. */
  readonly text?: { readonly text: string; readonly pageOffsets: readonly number[]; readonly method: string };
}

export function documentStatements(db: Database, doc: NewDocument, now: number): Statement[] {
  const documentId = newestId(documents);
  const chunkCount = Math.max(1, Math.ceil(doc.bytes.byteLength / CHUNK_SIZE));
  const statements: Statement[] = [
    db.insert(documents).values({
      requestId: doc.requestId,
      kind: doc.kind,
      name: doc.name,
      mediaType: doc.mediaType,
      size: doc.bytes.byteLength,
      sha256: doc.sha256,
      chunkCount,
      uploadedById: doc.uploadedById,
      createdAt: now,
      sourceUrl: doc.source?.url ?? null,
      fetchedAt: doc.source?.fetchedAt ?? null,
    }),
  ];
  for (let seq = 0; seq < chunkCount; seq++) {
    const bytes = doc.bytes.subarray(seq * CHUNK_SIZE, (seq + 1) * CHUNK_SIZE);
    statements.push(db.insert(documentChunks).values({ documentId, seq, bytes: Buffer.from(bytes) }));
  }
  statements.push(
    db.insert(documentTexts).values({
      documentId,
      status: doc.text ? "done" : "pending",
      method: doc.text?.method ?? null,
      text: doc.text?.text ?? "",
      pageOffsets: JSON.stringify(doc.text?.pageOffsets ?? [0]),
      extractedAt: doc.text ? now : null,
    }),
  );
  return statements;
}

const requestDocuments = preparedFor((db) =>
  db
    .select()
    .from(documents)
    .where(eq(documents.requestId, sql.placeholder("requestId")))
    .orderBy(asc(documents.id))
    .prepare(),
);

export async function listRequestDocuments(db: Database, requestId: number): Promise<DocumentRow[]> {
  return requestDocuments(db).all({ requestId });
}

/** The newest document Cadre fetched for a request from that address (the one just stored). */
export async function findFetchedDocumentId(db: Database, requestId: number, url: string): Promise<number | undefined> {
  const [stored] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.requestId, requestId), eq(documents.sourceUrl, url)))
    .orderBy(desc(documents.id))
    .limit(1);
  return stored?.id;
}

export async function findDocument(db: Database, id: number): Promise<DocumentRow | undefined> {
  return db.select().from(documents).where(eq(documents.id, id)).get();
}

export async function readDocumentBytes(db: Database, id: number): Promise<Uint8Array> {
  const chunks = await db
    .select({ bytes: documentChunks.bytes })
    .from(documentChunks)
    .where(eq(documentChunks.documentId, id))
    .orderBy(asc(documentChunks.seq));
  const parts = chunks.map((chunk) => toBytes(chunk.bytes));
  const out = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

// D1 returns blobs as number arrays or ArrayBuffers, libSQL as ArrayBuffers: accept all.
function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  throw new Error("Unexpected blob representation");
}

export const documentCount = (db: Database, requestId: number) =>
  db
    .select({ count: sql<number>`count(*)` })
    .from(documents)
    .where(eq(documents.requestId, requestId))
    .get();

/** The request's documents whose text has not been read yet. */
export async function listUnreadDocumentIds(db: Database, requestId: number): Promise<number[]> {
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .innerJoin(documentTexts, eq(documentTexts.documentId, documents.id))
    .where(and(eq(documents.requestId, requestId), eq(documentTexts.status, "pending")))
    .orderBy(asc(documents.id));
  return rows.map((row) => row.id);
}

/**
 * Undecided requests that give an address for their act and have no document: the act still has
 * to be fetched (a restart interrupted it, or an earlier try failed and may succeed now).
 */
export async function listRequestIdsAwaitingAct(db: Database): Promise<number[]> {
  const rows = await db
    .select({ id: requests.id })
    .from(requests)
    .where(
      and(
        isNotNull(requests.legalFrameworkUrl),
        ne(requests.legalFrameworkUrl, ""),
        inArray(requests.state, ["draft", "submitted", "tariff_act_requested"]),
        notExists(
          db
            .select({ one: sql`1` })
            .from(documents)
            .where(eq(documents.requestId, requests.id)),
        ),
      ),
    )
    .orderBy(asc(requests.id));
  return rows.map((row) => row.id);
}
