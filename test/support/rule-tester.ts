/**
 * The rule tester: ESLint-style tables of valid and invalid snippets for a signal, and the
 * checks every passage must pass (exact quote of the original text, page inside the document).
 */

import { describe, expect, it } from "vitest";
import { createReading } from "../../src/rules/reading";
import type { DocumentUnderReview, Evidence, Finding, RequestUnderReview, SignalKey } from "../../src/rules/rule-types";
import { DETECTORS } from "../../src/rules/signals/index";

export function documentOf(text: string, overrides: Partial<DocumentUnderReview> = {}): DocumentUnderReview {
  const pageOffsets = [0];
  for (let i = text.indexOf("\f"); i !== -1; i = text.indexOf("\f", i + 1)) pageOffsets.push(i + 1);
  return { text, pageOffsets, method: "plain", confidence: null, ...overrides };
}

export function requestOf(scopes: string[] = [], overrides: Partial<RequestUnderReview> = {}): RequestUnderReview {
  return { scopes, ...overrides };
}

/** Every passage quotes the original text exactly, on a page the document has. */
export function expectExactEvidence(text: string, evidence: readonly Evidence[]): void {
  const pages = documentOf(text).pageOffsets.length;
  for (const e of evidence) {
    expect(e.quote).toBe(text.slice(e.start, e.end));
    expect(e.quote.trim()).toBe(e.quote);
    expect(e.quote.length).toBeGreaterThan(0);
    expect(e.page).toBeGreaterThanOrEqual(1);
    expect(e.page).toBeLessThanOrEqual(pages);
  }
}

export function detect(key: SignalKey, text: string) {
  return DETECTORS[key](createReading(documentOf(text)));
}

export interface SignalTable {
  /** Snippets where a careful reader says yes; optionally the words the evidence must contain. */
  readonly valid: readonly (string | { readonly text: string; readonly quoteIncludes: string })[];
  /** Snippets where a careful reader says no, with why when it is not obvious. */
  readonly invalid: readonly string[];
}

const label = (text: string) => text.replace(/\s+/g, " ").slice(0, 90);

export function signalTable(key: SignalKey, table: SignalTable): void {
  describe(`${key} — valid`, () => {
    for (const entry of table.valid) {
      const text = typeof entry === "string" ? entry : entry.text;
      it(label(text), () => {
        const result = detect(key, text);
        expect(result.value).toBe(true);
        expect(result.evidence.length).toBeGreaterThan(0);
        expectExactEvidence(text, result.evidence);
        if (typeof entry !== "string") {
          expect(result.evidence.some((e) => e.quote.includes(entry.quoteIncludes))).toBe(true);
        }
      });
    }
  });
  describe(`${key} — invalid`, () => {
    for (const text of table.invalid) {
      it(label(text), () => {
        const result = detect(key, text);
        expect(result.value).toBe(false);
        expect(result.evidence).toEqual([]);
      });
    }
  });
}

/** The findings of one rule with the given status (and scope). */
export function findingsOf(findings: readonly Finding[], status?: Finding["status"], scope?: string): Finding[] {
  return findings.filter(
    (f) => (status === undefined || f.status === status) && (scope === undefined || f.scope === scope),
  );
}

/**
 * A phrasing inside a whole act that says nothing else about data: long enough to be read with
 * confidence, so that a missing criterion is "non justifiée" and not a fragment "à vérifier".
 */
export const inWholeAct = (phrasing: string) => `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
Le conseil municipal, régulièrement convoqué, s'est réuni sous la présidence de son maire.
Le rapporteur expose que les modalités d'inscription aux services municipaux doivent être précisées.
${phrasing}
Après en avoir délibéré, le conseil municipal adopte ces dispositions à l'unanimité.`;
