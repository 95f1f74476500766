/**
 * What every rule file uses: a definition that can never throw, findings built from message
 * templates, and the guard that no scope is ever called justified without a passage.
 */

import type { DocumentUnderReview, Evidence, Finding, FindingStatus, RequestUnderReview, Rule } from "./rule-types";

type MessageValues = Readonly<Record<string, string | number>>;

/** "{label} : {reason}" with values; an unknown placeholder stays visible rather than vanishing. */
function formatMessage(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export interface FindingInput {
  readonly status: FindingStatus;
  readonly messageId: string;
  readonly values?: MessageValues;
  readonly evidence?: readonly Evidence[];
  readonly scope?: string;
}

export interface RuleSpec {
  readonly id: string;
  readonly title: string;
  /** What the rule checks, in French, for the catalogue (/regles, docs/rules.md). */
  readonly summary: string;
  readonly guideLink: string;
  readonly messages: Readonly<Record<string, string>>;
  /** Returns what the rule found; `defineRule` turns it into findings. */
  inspect(document: DocumentUnderReview, request: RequestUnderReview): readonly FindingInput[];
}

/**
 * A scope is never justified without the passage that justifies it: a "pass" with no evidence
 * on a scope finding becomes a "fail", whatever the rule meant.
 */
export function guardScopeEvidence(finding: Finding, failMessage: string): Finding {
  if (finding.scope === undefined || finding.status !== "pass" || finding.evidence.length > 0) return finding;
  return { ...finding, status: "fail", messageId: "noEvidence", message: failMessage };
}

export const NO_EVIDENCE_MESSAGE = "Aucun passage du document ne justifie cette donnée.";

export function defineRule(spec: RuleSpec): Rule {
  const build = (input: FindingInput): Finding => {
    const template = spec.messages[input.messageId] ?? input.messageId;
    const finding: Finding = {
      ruleId: spec.id,
      status: input.status,
      messageId: input.messageId,
      message: formatMessage(template, input.values),
      ...(input.scope !== undefined ? { scope: input.scope } : {}),
      evidence: input.evidence ?? [],
    };
    return guardScopeEvidence(finding, formatMessage(spec.messages.noEvidence ?? NO_EVIDENCE_MESSAGE, input.values));
  };
  return {
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    guideLink: spec.guideLink,
    messages: spec.messages,
    check(document, request) {
      // A rule that trips on an odd document reports nothing instead of stopping the annotation.
      try {
        return spec.inspect(document, request).map(build);
      } catch {
        return [];
      }
    },
  };
}

/** A quote short enough for a sentence: « … » with an ellipsis when clipped. */
export function shortQuote(evidence: Evidence, max = 90): string {
  const flat = evidence.quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

/** "« quote » (p. 2)" for messages and motivations. */
export function cite(evidence: Evidence | undefined, max = 90): string {
  return evidence ? `« ${shortQuote(evidence, max)} » (p. ${evidence.page})` : "";
}
