/**
 * Annotating one document for one request: the signals with their passages, the findings of
 * every rule, and a suggested decision with a draft motivation. Never throws: a failure in
 * one rule drops that rule's findings, never the annotation.
 */

import { readingOf } from "../rules/reading";
import { RULES } from "../rules/index";
import { guardScopeEvidence, NO_EVIDENCE_MESSAGE } from "../rules/rule-kit";
import {
  SIGNAL_KEYS,
  type Annotation,
  type DocumentUnderReview,
  type Evidence,
  type Finding,
  type RequestUnderReview,
  type SignalKey,
} from "../rules/rule-types";
import { actOf, signalsOf } from "../rules/signals/index";
import { suggest } from "./suggest";

function runRules(document: DocumentUnderReview, request: RequestUnderReview): Finding[] {
  return RULES.flatMap((rule) => {
    try {
      // Whatever a rule returns, a scope is never called justified without a passage.
      return rule.check(document, request).map((finding) => guardScopeEvidence(finding, NO_EVIDENCE_MESSAGE));
    } catch {
      return [];
    }
  });
}

export function annotate(document: DocumentUnderReview, request: RequestUnderReview): Annotation {
  const reading = readingOf(document);
  const signals = signalsOf(reading);
  const findings = runRules(document, request);
  const values = {} as Record<SignalKey, boolean>;
  const evidence: Partial<Record<SignalKey, readonly Evidence[]>> = {};
  for (const key of SIGNAL_KEYS) {
    values[key] = signals[key].value;
    if (signals[key].evidence.length > 0) evidence[key] = signals[key].evidence;
  }
  const suggestion = suggest({ act: actOf(reading), signals, findings, request });
  return { signals: values, evidence, findings, suggestion };
}
