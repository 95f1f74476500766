/**
 * A family of API Particulier scopes and what justifies it: the condition the act must state
 * (in French, for the instructor) and the passages that state it in this document.
 */

import type { Evidence, SignalKey } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage, sentenceOf } from "../passages";
import { forEachMatch, occursIn, TARIFF_CUE } from "../signals/cues";
import type { Signals } from "../signals/index";
import { isNegated } from "../signals/negation";

export interface ScopeFamily {
  readonly id: string;
  matches(scope: string): boolean;
  /** Why the passages justify the scope ("le tarif varie selon le quotient familial"). */
  readonly reason: string;
  /** What the act would have to state ("un tarif ou une aide qui varie selon …"). */
  readonly need: string;
  /** The same, short enough for a sentence of the motivation (defaults to `need`). */
  readonly ask?: string;
  /** Passages that justify the scope; empty when the document has none. */
  justify(reading: Reading, signals: Signals): readonly Evidence[];
  /**
   * Words that show the act speaks of the criterion at all ("hors commune", "fratrie", "QF"). Where
   * they stand near a price but no justifying passage was found, the verdict is "à vérifier" (the
   * instructor reads that passage) rather than "non justifiée"; where the act rules the criterion
   * out ("quel que soit le lieu de résidence"), the "non justifiée" is confident.
   */
  readonly vocabulary?: RegExp;
  /** Identity scopes (FranceConnect) are only weighed by the instructor: never pass nor fail. */
  readonly informational?: boolean;
}

/** A benefit, a price or an eligibility rule is being stated: a status named there is a condition. */
export const BENEFIT =
  /\b(?:benefici\w*|eligib\w*|ouvert\w* aux|reserve\w*|attribu\w*|accord\w*|prise? en charge|exonere\w*|conditions?|droits?|ayants? droit|dispositif|sur presentation|justifi\w*|gratuit\w*|reduction\w*|reduit\w*|aides?|tarif\w*|ont acces|peuvent|sont admis)\b/;

/**
 * Passages where `pattern` names a status as a condition of a price or an aid (in the same
 * sentence), not negated ("sans condition de statut").
 */
export function conditioned(reading: Reading, pattern: RegExp, limit = 3): Evidence[] {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  forEachMatch(pattern, folded, (m) => {
    const end = m.index + m[0].length;
    const sentence = sentenceOf(reading, m.index, end);
    const stated =
      occursIn(BENEFIT, folded, sentence.start, sentence.end) ||
      occursIn(TARIFF_CUE, folded, sentence.start, sentence.end);
    if (!stated || isNegated(reading, m.index, end)) return;
    addEvidence(evidence, passage(reading, m.index, end), limit);
    return evidence.length < limit;
  });
  return evidence;
}

/** Passages where `pattern` occurs at all (for words that are conditions by themselves). */
export function mentioned(reading: Reading, pattern: RegExp, limit = 3): Evidence[] {
  const evidence: Evidence[] = [];
  forEachMatch(pattern, reading.folded, (m) => {
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length), limit);
    return evidence.length < limit;
  });
  return evidence;
}

/** A phrasing of an act, or one with the words its passage must contain. */
type CaseText = string | { readonly text: string; readonly quoteIncludes: string };

/**
 * A rule's table of cases for one scope, ESLint-style: `valid` phrasings justify it, `invalid`
 * ones do not (a proof asked for, a definition, a negation, a public described). Written from
 * the language of such acts, never copied from a real document.
 */
interface ScopeCases {
  readonly scope: string;
  readonly valid: readonly CaseText[];
  readonly invalid: readonly string[];
}

/**
 * One rule of the guide about data: what it checks, in one file named after its id — its
 * metadata (title, the guide's words, the scopes it rules on), its families of scopes with
 * what justifies each, and its table of cases. The catalogue (/regles, docs/rules.md) is built
 * from these.
 */
export interface ScopeRule {
  readonly id: string;
  readonly title: string;
  /** The guide's own words, or the principle of minimisation it applies. */
  readonly guide: string;
  /** Scope keys it rules on, "prefix_*" for a family of keys. */
  readonly scopes: readonly string[];
  /** The signal of the annotate contract it rests on, when there is one. */
  readonly signal?: SignalKey;
  /** Most specific first: a scope belongs to the first family that claims it. */
  readonly families: readonly ScopeFamily[];
  readonly cases: readonly ScopeCases[];
}

export const byPrefix =
  (...prefixes: string[]) =>
  (scope: string) =>
    prefixes.some((p) => scope.startsWith(p));
export const byKey =
  (...keys: string[]) =>
  (scope: string) =>
    keys.includes(scope);
