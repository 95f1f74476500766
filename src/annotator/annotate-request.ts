/**
 * A request is judged on all its documents together: the délibération may fix the grid and
 * an annexe or a later acte tarifaire the residents' rate. The documents' texts are read as
 * one (pages joined), then every evidence range is brought back to its own document, offset
 * and page, so the instructor lands on the passage in the file it comes from.
 */

import type { Annotation, Evidence, Finding, RequestUnderReview, SignalKey } from "../rules/rule-types";
import { annotate } from "./annotate";

export interface ReadDocument {
  readonly id: number;
  readonly text: string;
  readonly pageOffsets: readonly number[];
  readonly method: string | null;
  readonly confidence: number | null;
}

export interface RequestEvidence extends Evidence {
  readonly documentId: number;
}

export interface RequestFinding extends Omit<Finding, "evidence"> {
  readonly evidence: readonly RequestEvidence[];
}

export interface RequestAnnotation extends Omit<Annotation, "evidence" | "findings"> {
  readonly evidence: Readonly<Partial<Record<SignalKey, readonly RequestEvidence[]>>>;
  readonly findings: readonly RequestFinding[];
}

// Documents are separated like pages, so no rule reads a sentence across two files.
const SEPARATOR = "\f";

export function annotateRequest(documents: readonly ReadDocument[], request: RequestUnderReview): RequestAnnotation {
  const starts: number[] = [];
  const pageOffsets: number[] = [];
  let text = "";
  for (const document of documents) {
    if (text) text += SEPARATOR;
    starts.push(text.length);
    for (const offset of document.pageOffsets.length ? document.pageOffsets : [0])
      pageOffsets.push(text.length + offset);
    text += document.text;
  }
  const lowest = documents.reduce<number | null>(
    (min, document) =>
      document.confidence === null ? min : min === null ? document.confidence : Math.min(min, document.confidence),
    null,
  );
  const annotation = annotate(
    {
      text,
      pageOffsets: pageOffsets.length ? pageOffsets : [0],
      method: documents[0]?.method ?? null,
      confidence: lowest,
    },
    request,
  );

  const locate = (evidence: Evidence): RequestEvidence => {
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > evidence.start) index--;
    const document = documents[index]!;
    const start = evidence.start - starts[index]!;
    const end = Math.min(evidence.end - starts[index]!, document.text.length);
    return {
      documentId: document.id,
      start,
      end,
      page: pageOf(document.pageOffsets, start),
      quote: document.text.slice(start, end),
    };
  };
  const relocate = (list: readonly Evidence[] | undefined) => (list ?? []).map(locate);

  return {
    signals: annotation.signals,
    evidence: Object.fromEntries(Object.entries(annotation.evidence).map(([key, list]) => [key, relocate(list)])),
    findings: annotation.findings.map((finding) => ({ ...finding, evidence: relocate(finding.evidence) })),
    suggestion: annotation.suggestion,
  };
}

/** 1-based page of an offset, from the offsets where pages start. */
function pageOf(pageOffsets: readonly number[], offset: number): number {
  let page = 1;
  for (let index = 1; index < pageOffsets.length; index++) if (pageOffsets[index]! <= offset) page = index + 1;
  return page;
}
