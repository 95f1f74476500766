/**
 * Reading documents on Node: the text layer, and OCR for scans (tesseract.js, French, from
 * node_modules). The OCR engine starts on first need and stays warm. Used by the server's
 * reading queue and by `cadre read-pending`, which also reads scans a Worker left waiting.
 */

import { extractDocument } from "../documents/extract";
import type { OcrEngine } from "../documents/ocr-engine";
import { createNodeOcr } from "../documents/ocr-node";
import { rasterisePdfPage } from "../documents/rasterise-node";
import { readDocument, type Extractor } from "../services/read-document";
import type { Database } from "../storage/database";
import { listDocumentIdsByTextStatus } from "../storage/reading-store";

// Scans take seconds a page: give OCR more time than the text layer needs.
const OCR_TIMEOUT_MS = 120_000;

export function createNodeExtractor(): Extractor & { close(): Promise<void> } {
  let engine: Promise<OcrEngine> | undefined;
  const lazyOcr: OcrEngine = {
    recognise: async (image) => (await (engine ??= createNodeOcr())).recognise(image),
    close: async () => (engine ? (await engine).close() : undefined),
  };
  const extract = (bytes: Uint8Array) =>
    extractDocument(bytes, { allowOcr: true, ocr: lazyOcr, rasterise: rasterisePdfPage, timeoutMs: OCR_TIMEOUT_MS });
  return Object.assign(extract, { close: () => lazyOcr.close() });
}

/** Documents nobody could read yet here: new uploads, and scans a Worker marked for OCR. */
export function unreadDocumentIds(db: Database): Promise<number[]> {
  return listDocumentIdsByTextStatus(db, ["pending", "needs_ocr"]);
}

export async function readPendingDocuments(db: Database): Promise<number> {
  const extractor = createNodeExtractor();
  try {
    const ids = await unreadDocumentIds(db);
    for (const id of ids) await readDocument({ db, now: Date.now, extract: extractor }, id);
    return ids.length;
  } finally {
    await extractor.close();
  }
}

/**
 * Reads, with OCR here, the scans that a Cadre on Workers (D1) left waiting, through its API
 * (admin token). Returns how many documents were read.
 */
export async function readRemoteDocuments(
  baseUrl: string,
  token: string,
  fetcher: typeof fetch = fetch,
): Promise<number> {
  const api = (path: string, init: RequestInit = {}) =>
    fetcher(new URL(`/api/v1${path}`, baseUrl), {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
    });
  const listed = await api("/documents/a-lire");
  if (!listed.ok) throw new Error(`liste des documents à lire : HTTP ${listed.status}`);
  const { documents } = (await listed.json()) as { documents: number[] };
  const extractor = createNodeExtractor();
  try {
    for (const id of documents) {
      const bytes = new Uint8Array(await (await api(`/documents/${id}/contenu`)).arrayBuffer());
      const read = await extractor(bytes);
      const stored = await api(`/documents/${id}/lecture`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          status: read.status === "done" ? "done" : "failed",
          text: read.text,
          pageOffsets: read.pageOffsets,
          confidence: read.confidence,
          error: read.error,
        }),
      });
      if (!stored.ok) throw new Error(`document ${id} : HTTP ${stored.status}`);
    }
    return documents.length;
  } finally {
    await extractor.close();
  }
}
