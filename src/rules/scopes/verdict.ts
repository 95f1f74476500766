/**
 * The verdict on one requested scope, in three values: justified (a passage states the
 * condition), not justified (the act was read and the criterion is absent or ruled out), or
 * à vérifier (the criterion's words stand near a price or an aid without a condition Cadre can
 * state, or the text itself is doubtful). A false "non justifiée" costs a collectivité a round
 * trip of weeks: where Cadre is unsure, the instructor is pointed to the passage to read.
 */

import type { Reading } from "../reading";
import type { Evidence } from "../rule-types";
import { addEvidence, passage, sentenceOf } from "../passages";
import { CATCHMENT, forEachMatch, occursIn, tariffNear } from "../signals/cues";
import type { Signals } from "../signals/index";
import { isNegated } from "../signals/negation";
import { BENEFIT, type ScopeFamily } from "./family";
import { familyOf, justificationOf } from "./index";

type ScopeOutcomeReason = "justified" | "nearMiss" | "unreadable" | "negated" | "missing" | "informational" | "unknown";

export interface ScopeOutcome {
  readonly status: "pass" | "fail" | "warning" | "info";
  readonly reason: ScopeOutcomeReason;
  /** The justifying passage, the passage to read, or the one that rules the criterion out. */
  readonly evidence: readonly Evidence[];
  readonly family?: ScopeFamily;
}

// A paper asked for ("justificatif de domicile", "livret de famille", "attestation de QF") is
// not the act speaking of the criterion as a condition.
const PROOF_BEFORE =
  /\b(?:justificatifs?|attestations?|certificats?|copies?|livrets?|pieces?|preuves?|avis)\s+(?:\w+\s+){0,2}(?:de |du |d'|des )?\s*(?:la |l')?$/;

// Sentences where the criterion's words are known not to be a condition: how the QF is computed,
// school catchment. (A detector already said no there, for a reason that is not doubt.)
const NOT_A_CONDITION =
  /\b(?:quotient|qf)\b[^.;\n]{0,60}\b(?:depend\w*|est fonction|calcul\w*|egal\w*|divis\w*|tient compte|compos\w*)\b/;

const NEAR = 120;

interface Mentions {
  readonly nearMisses: Evidence[];
  readonly negations: Evidence[];
}

function mentionsOf(reading: Reading, vocabulary: RegExp): Mentions {
  const { folded } = reading;
  const nearMisses: Evidence[] = [];
  const negations: Evidence[] = [];
  forEachMatch(vocabulary, folded, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (PROOF_BEFORE.test(folded.slice(Math.max(0, start - 40), start))) return;
    if (isNegated(reading, start, end)) {
      addEvidence(negations, passage(reading, start, end));
      return;
    }
    const sentence = sentenceOf(reading, start, end);
    if (occursIn(NOT_A_CONDITION, folded, sentence.start, sentence.end)) return;
    if (occursIn(CATCHMENT, folded, sentence.start, sentence.end)) return;
    if (
      // A wider reach than a detector's: doubt is enough here ("…domiciliés sur la commune ; le tarif…").
      tariffNear(folded, start, end, NEAR, NEAR) ||
      occursIn(BENEFIT, folded, sentence.start, sentence.end)
    ) {
      addEvidence(nearMisses, passage(reading, start, end));
    }
    return nearMisses.length < 3;
  });
  return { nearMisses, negations };
}

/**
 * The outcome for `scope`. `doubtfulText` says the text was not reliably read (sparse, garbled,
 * low OCR confidence): then an absent criterion may just be unread, and is "à vérifier".
 */
// scope-justification and minimisation both ask: weigh each scope once per reading.
const outcomes = new WeakMap<Reading, Map<string, ScopeOutcome>>();

export function scopeOutcome(reading: Reading, signals: Signals, scope: string, doubtfulText: boolean): ScopeOutcome {
  let byScope = outcomes.get(reading);
  if (!byScope) outcomes.set(reading, (byScope = new Map()));
  const key = `${doubtfulText ? 1 : 0}:${scope}`;
  let outcome = byScope.get(key);
  if (!outcome) byScope.set(key, (outcome = weighScope(reading, signals, scope, doubtfulText)));
  return outcome;
}

function weighScope(reading: Reading, signals: Signals, scope: string, doubtfulText: boolean): ScopeOutcome {
  const family = familyOf(scope);
  if (!family) return { status: "warning", reason: "unknown", evidence: [] };
  const evidence = justificationOf(reading, signals, scope);
  if (family.informational) return { status: "info", reason: "informational", evidence, family };
  if (evidence.length > 0) return { status: "pass", reason: "justified", evidence, family };
  const mentions = family.vocabulary ? mentionsOf(reading, family.vocabulary) : { nearMisses: [], negations: [] };
  if (mentions.nearMisses.length > 0) {
    return { status: "warning", reason: "nearMiss", evidence: mentions.nearMisses, family };
  }
  if (mentions.negations.length > 0) return { status: "fail", reason: "negated", evidence: mentions.negations, family };
  if (doubtfulText) return { status: "warning", reason: "unreadable", evidence: [], family };
  return { status: "fail", reason: "missing", evidence: [], family };
}
