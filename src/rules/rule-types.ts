/**
 * The uniform shape of the guide's rules (ESLint-style): metadata apart from logic, messages
 * by id, and a check that only reports findings with evidence ranges — it never throws,
 * never touches storage, and never decides: the instructor does.
 */

export { SIGNAL_KEYS, type SignalKey } from "../domain/signal-keys";
import type { SignalKey } from "../domain/signal-keys";

/** A passage of the extracted text: [start, end) offsets, its page (1-based), and its words. */
export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly page: number;
  readonly quote: string;
}

export type FindingStatus = "pass" | "fail" | "warning" | "info";

export interface Finding {
  readonly ruleId: string;
  readonly status: FindingStatus;
  readonly messageId: string;
  /** French, ready to show; built from the rule's message template. */
  readonly message: string;
  /** For per-scope findings, the API Particulier scope key. */
  readonly scope?: string;
  readonly evidence: readonly Evidence[];
}

/** What a rule reads: the document's text as extracted, and what reading it found. */
export interface DocumentUnderReview {
  readonly text: string;
  readonly pageOffsets: readonly number[];
  readonly method: string | null;
  readonly confidence: number | null;
}

/** What a rule knows of the request the document supports. */
export interface RequestUnderReview {
  readonly scopes: readonly string[];
  readonly useCase?: string;
  readonly legalFrameworkText?: string;
}

export interface Rule {
  readonly id: string;
  readonly title: string;
  /** What the rule checks, in French, for the catalogue (/regles, docs/rules.md). */
  readonly summary: string;
  /** Anchor of the section of the guide the rule comes from. */
  readonly guideLink: string;
  readonly messages: Readonly<Record<string, string>>;
  check(document: DocumentUnderReview, request: RequestUnderReview): Finding[];
}

export type Decision = "accept" | "request_tariff_act" | "reject";

export interface Suggestion {
  readonly decision: Decision;
  /** A draft in French that cites the passages found and names what is missing; the instructor edits it. */
  readonly motivation: string;
  /**
   * For the instructor, not the collectivité: the scopes "à vérifier" and where to read
   * ("« Adresse » : « …domiciliés sur la commune… » (p. 2)"). Absent from older annotations.
   */
  readonly toCheck?: readonly string[];
}

/** The annotate contract's object (`npm run annotate -- --json`, docs/reader.md): signals, their evidence, findings, suggestion. */
export interface Annotation {
  readonly signals: Readonly<Record<SignalKey, boolean>>;
  readonly evidence: Readonly<Partial<Record<SignalKey, readonly Evidence[]>>>;
  readonly findings: readonly Finding[];
  readonly suggestion: Suggestion;
}
