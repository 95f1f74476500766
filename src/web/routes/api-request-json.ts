/** A request as the API shows it (GET /api/v1/demandes/:id): state, documents, reading, history. */

import type { Context } from "hono";
import { datapassFormOf } from "../../domain/use-case-catalogue";
import { DATAPASS_DOCUMENTS_NOTE } from "../../domain/datapass-wording";
import { getRequestView } from "../../services/get-request-view";
import type { AppEnv } from "../app-env";
import { serviceContext } from "../service-context";

/** Times in the API are ISO 8601 (UTC); null stays null. */
export const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export async function requestJson(c: Context<AppEnv>, requestId: number) {
  const ctx = serviceContext(c);
  const {
    detail: { request, organisation, documents, history, datapass },
    reading,
  } = await getRequestView(ctx, requestId);
  const readingById = new Map(reading.documents.map((document) => [document.id, document]));
  return {
    id: request.id,
    state: request.state,
    version: request.version,
    use_case: request.useCase,
    datapass_form: datapassFormOf(request.useCase),
    organisation: { siret: organisation.siret, name: organisation.name },
    scopes: request.scopes,
    cadre_juridique_nature: request.legalFrameworkText,
    cadre_juridique_url: request.legalFrameworkUrl,
    created_at: iso(request.createdAt),
    submitted_at: iso(request.submittedAt),
    decided_at: iso(request.decidedAt),
    documents: documents.map((document) => ({
      id: document.id,
      kind: document.kind,
      name: document.name,
      media_type: document.mediaType,
      size: document.size,
      sha256: document.sha256,
      reading_status: readingById.get(document.id)?.status ?? "pending",
      reading_error: readingById.get(document.id)?.error ?? null,
      reading_method: readingById.get(document.id)?.method ?? null,
    })),
    // "done" once every document has been read (or found unreadable); a scan waiting for OCR is still pending.
    annotation_status: reading.documents.every((document) => document.status === "done" || document.status === "failed")
      ? "done"
      : "pending",
    signals: reading.signals,
    scope_verdicts: reading.scopes,
    findings: reading.findings,
    suggestion: reading.suggestion,
    events: history.map((entry) => ({
      type: entry.type,
      from_state: entry.fromState,
      to_state: entry.toState,
      actor_role: entry.actorRole,
      motivation: typeof entry.payload.motivation === "string" ? entry.payload.motivation : undefined,
      at: iso(entry.createdAt),
    })),
    datapass: datapass
      ? {
          id: datapass.datapassId,
          public_id: datapass.publicId,
          state: datapass.state,
          url: datapass.url,
          documents_note: DATAPASS_DOCUMENTS_NOTE,
        }
      : null,
  };
}
