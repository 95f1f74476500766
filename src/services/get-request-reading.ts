/**
 * What Cadre read in a request's documents, for a page or the API: each document's reading
 * status, the verdict per requested scope (with the passage, or what is missing), the other
 * findings, the signals and the suggested decision.
 */

import type { RequestAnnotation } from "../annotator/annotate-request";
import { findRequestAnnotation, listRequestTexts } from "../storage/reading-store";
import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import type { RequestReading, ScopeStatus, ScopeVerdict } from "./read-models";
import { loadReadableRequest } from "./load-request";

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

/**
 * One line per requested scope: justified only with a passage to show, as the rules promise;
 * a confident "fail" before a doubt; anything else (doubt, identity to weigh, no rule) à vérifier.
 */
function scopeVerdicts(scopes: readonly string[], annotation: RequestAnnotation): ScopeVerdict[] {
  return scopes.map((scope) => {
    const about = annotation.findings.filter((finding) => finding.scope === scope);
    const pass = about.find((finding) => finding.status === "pass" && finding.evidence.length > 0);
    const fail = about.find((finding) => finding.status === "fail");
    const shown = pass ?? fail ?? about[0];
    const status: ScopeStatus = pass ? "pass" : fail ? "fail" : "warning";
    return {
      scope,
      status,
      justified: status === "pass",
      message: shown?.message ?? "Aucune règle ne s'est prononcée sur cette donnée : à vérifier.",
      evidence: shown?.evidence ?? [],
    };
  });
}
