/**
 * What Cadre read in a request's documents, for a page or the API: each document's reading
 * status, the verdict per requested scope (with the passage, or what is missing), the other
 * findings, the signals and the suggested decision.
 */

import type { RequestAnnotation, RequestEvidence, RequestFinding } from "../annotator/annotate-request";
import type { SignalKey, Suggestion } from "../rules/rule-types";
import { findRequestAnnotation, listRequestTexts } from "../storage/reading-store";
import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

export interface DocumentReading {
  readonly id: number;
  readonly name: string;
  /** pending | done | needs_ocr | failed */
  readonly status: string;
  readonly method: string | null;
  readonly confidence: number | null;
  readonly error: string | null;
  readonly text: string;
  readonly pageOffsets: readonly number[];
}

interface ScopeVerdict {
  readonly scope: string;
  readonly justified: boolean;
  readonly message: string;
  readonly evidence: readonly RequestEvidence[];
}

export interface RequestReading {
  readonly documents: readonly DocumentReading[];
  /** True while a document waits to be read here: pages poll until it is false. */
  readonly inProgress: boolean;
  /** Null until something has been read. */
  readonly signals: Readonly<Record<SignalKey, boolean>> | null;
  readonly scopes: readonly ScopeVerdict[];
  readonly findings: readonly RequestFinding[];
  readonly suggestion: Suggestion | null;
}

export async function getRequestReading(ctx: ServiceContext, requestId: number): Promise<RequestReading> {
  return readingFor(ctx, await loadReadableRequest(ctx, requestId));
}

/** What was read for a request already loaded for this actor. */
export async function readingFor(ctx: ServiceContext, request: RequestRecord): Promise<RequestReading> {
  const [texts, annotation] = await Promise.all([
    listRequestTexts(ctx.db, request.id),
    findRequestAnnotation(ctx.db, request.id),
  ]);
  const anyRead = texts.some((text) => text.status === "done");
  return {
    documents: texts,
    inProgress: texts.some((text) => text.status === "pending"),
    signals: anyRead && annotation ? annotation.signals : null,
    scopes: anyRead && annotation ? scopeVerdicts(request.scopes, annotation) : [],
    findings: anyRead && annotation ? annotation.findings : [],
    suggestion: anyRead && annotation ? annotation.suggestion : null,
  };
}

/** One line per requested scope: justified only with a passage to show, as the rules promise. */
function scopeVerdicts(scopes: readonly string[], annotation: RequestAnnotation): ScopeVerdict[] {
  return scopes.map((scope) => {
    const about = annotation.findings.filter((finding) => finding.scope === scope);
    const pass = about.find((finding) => finding.status === "pass" && finding.evidence.length > 0);
    const shown = pass ?? about.find((finding) => finding.status === "fail") ?? about[0];
    return {
      scope,
      justified: pass !== undefined,
      message: shown?.message ?? "Aucune règle ne s'est prononcée sur cette donnée.",
      evidence: pass?.evidence ?? [],
    };
  });
}
