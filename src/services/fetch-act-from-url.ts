/**
 * Reading the act from the address the request gives (DataPass allows "URL ou document"): when
 * a request has a legal-framework URL and no uploaded document, Cadre fetches it through the
 * outgoing guard (https, a public address after DNS, redirects re-checked, 10 Mo, 15 s), keeps
 * what it got like an upload (same size and type checks, same refusal of active PDFs), with the
 * address and time it was fetched, and records a failure with its French reason for the page.
 *
 * Called after a draft is created, edited or submitted (src/web/schedule-act-fetch.ts), and by
 * any importer that creates requests with an address (the DataPass connector). Never throws for
 * a bad address or a bad file: the outcome says what happened, and the event log keeps it.
 *
 * The document and its event are Cadre's own doing: they carry the account « Cadre (automatique) »
 * (the one the tariff-act follow-up uses), not the agent's.
 */

import { MAX_DOCUMENT_BYTES } from "../domain/document";
import { sha256Hex } from "../domain/digest";
import { DomainError } from "../domain/errors";
import { ACT_FETCH_FAILED_EVENT, ACT_FETCHED_EVENT, needsActFetch } from "../domain/act-fetch";
import { htmlToText, looksLikeHtml } from "../documents/html-text";
import { ACCEPTED_MEDIA_TYPES, sniffMediaType } from "../documents/sniff";
import { checkUpload, cleanFileName } from "../documents/upload";
import type { GuardedFetch } from "../outbound/guarded-fetch";
import { findOutboundError, OutboundError, type OutboundFailure } from "../outbound/outbound-error";
import { runAtomically, type Database } from "../storage/database";
import { documentStatements, findFetchedDocumentId, listRequestDocuments } from "../storage/documents-store";
import { eventStatement } from "../storage/event-rows";
import { findRequest } from "../storage/requests-store";
import { systemUserId } from "../storage/follow-up-store";
import { reannotateRequest } from "./read-document";

export interface ActFetchDeps {
  readonly db: Database;
  readonly now: () => number;
  /** The outgoing guard's fetch (AppDeps.outbound.fetch). */
  readonly fetch: GuardedFetch;
  /** 15 s and 10 Mo unless said otherwise (tests shorten the time). */
  readonly limits?: { readonly timeoutMs?: number; readonly maxBytes?: number };
}

export type ActFetchOutcome =
  /** Stored; `needsReading`: a PDF, DOCX or ODT waits for the reader (a page's text is already there). */
  | { readonly status: "stored"; readonly documentId: number; readonly needsReading: boolean }
  | { readonly status: "failed"; readonly failure: OutboundFailure; readonly message: string }
  /** No address, an uploaded document, or that address already fetched: nothing to do. */
  | { readonly status: "skipped" };

const ACT_FETCH_TIMEOUT_MS = 15_000;
const HTML = "text/html";

export async function fetchActFromUrl(deps: ActFetchDeps, input: { requestId: number }): Promise<ActFetchOutcome> {
  const request = await findRequest(deps.db, input.requestId);
  if (!request) return { status: "skipped" };
  const url = request.legalFrameworkUrl;
  if (!needsActFetch(url, await listRequestDocuments(deps.db, request.id))) return { status: "skipped" };
  const fetchedAt = deps.now();
  const system = await systemUserId(deps.db, fetchedAt);
  let act: FetchedAct;
  try {
    act = await download(deps, url);
  } catch (error) {
    const known = findOutboundError(error);
    const refusal =
      known ?? (error instanceof DomainError ? { failure: "wrong_type" as const, message: error.message } : null);
    if (!refusal) throw error;
    await runAtomically(deps.db, [
      eventStatement(
        deps.db,
        {
          requestId: request.id,
          requestVersion: null,
          actorId: system,
          type: ACT_FETCH_FAILED_EVENT,
          payload: { url, failure: refusal.failure, message: refusal.message },
        },
        deps.now(),
      ),
    ]);
    return { status: "failed", failure: refusal.failure, message: refusal.message };
  }
  // The agent may have uploaded the act or changed the address while Cadre was fetching.
  const current = await findRequest(deps.db, request.id);
  const stillNeeded =
    current?.legalFrameworkUrl === url && needsActFetch(url, await listRequestDocuments(deps.db, request.id));
  if (!stillNeeded) return { status: "skipped" };
  const now = deps.now();
  await runAtomically(deps.db, [
    ...documentStatements(
      deps.db,
      {
        requestId: request.id,
        kind: "deliberation",
        name: act.name,
        mediaType: act.mediaType,
        bytes: act.bytes,
        sha256: act.sha256,
        uploadedById: system,
        source: { url, fetchedAt },
        text: act.text === null ? undefined : { text: act.text, pageOffsets: [0], method: "plain" },
      },
      now,
    ),
    eventStatement(
      deps.db,
      {
        requestId: request.id,
        requestVersion: null,
        actorId: system,
        type: ACT_FETCHED_EVENT,
        payload: { url, finalUrl: act.finalUrl, document: act.name, sha256: act.sha256 },
      },
      now,
    ),
  ]);
  const documentId = (await findFetchedDocumentId(deps.db, request.id, url))!;
  // A page's text is known at once: judge the request again now; files go to the reader.
  if (act.text !== null) await reannotateRequest(deps.db, request, now);
  return { status: "stored", documentId, needsReading: act.text === null };
}

interface FetchedAct {
  readonly name: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly finalUrl: string;
  /** The text of an HTML page; null for a file the reader will read. */
  readonly text: string | null;
}

async function download(deps: ActFetchDeps, url: string): Promise<FetchedAct> {
  const answer = await deps.fetch(url, {
    headers: {
      accept:
        "application/pdf, application/vnd.oasis.opendocument.text, application/vnd.openxmlformats-officedocument.wordprocessingml.document, text/html;q=0.8, */*;q=0.1",
      "user-agent": "Cadre (instruction des demandes API Particulier)",
    },
    timeoutMs: deps.limits?.timeoutMs ?? ACT_FETCH_TIMEOUT_MS,
    maxBytes: deps.limits?.maxBytes ?? MAX_DOCUMENT_BYTES,
    maxRedirects: 5,
  });
  if (answer.status < 200 || answer.status > 299) {
    throw outbound(
      "http_error",
      `Le site a répondu par une erreur (HTTP ${answer.status}) : l'acte n'est pas (ou plus) à cette adresse.`,
    );
  }
  const name = nameFrom(answer.url);
  const mediaType = answer.bytes.byteLength > 0 ? sniffMediaType(answer.bytes) : null;
  if (mediaType && ACCEPTED_MEDIA_TYPES.includes(mediaType)) {
    // The same checks as an upload: size, type, no active content in a PDF.
    const upload = await checkUpload(name, answer.bytes, "cadre_juridique_url");
    return { ...upload, finalUrl: answer.url, text: null };
  }
  if (answer.bytes.byteLength > 0 && looksLikeHtml(answer.bytes)) {
    const text = htmlToText(answer.bytes, answer.contentType);
    if (!text) throw outbound("wrong_type", "La page à cette adresse ne contient aucun texte lisible.");
    return {
      name,
      mediaType: HTML,
      bytes: answer.bytes,
      sha256: await sha256Hex(answer.bytes),
      finalUrl: answer.url,
      text,
    };
  }
  throw outbound(
    "wrong_type",
    "Le fichier à cette adresse n'est ni un PDF, ni un document Word (DOCX), ni un document OpenDocument (ODT), ni une page web.",
  );
}

const outbound = (failure: OutboundFailure, message: string) => new OutboundError(failure, message);

/** The last segment of the address, or its host: what the instructor sees as the document's name. */
function nameFrom(url: string): string {
  const parsed = new URL(url);
  const segment = parsed.pathname.split("/").filter(Boolean).at(-1);
  let name = parsed.hostname;
  if (segment) {
    try {
      name = decodeURIComponent(segment);
    } catch {
      name = segment;
    }
  }
  return cleanFileName(name);
}
