/**
 * Scoring signals against labelled documents: true/false positives and negatives, precision,
 * recall and F1 per signal, and the list of disagreements to read one by one.
 */

import { SIGNAL_KEYS, type SignalKey } from "../rules/rule-types";

export interface LabelledCase {
  readonly id: string;
  readonly expected: Readonly<Partial<Record<SignalKey, boolean>>>;
  readonly got: Readonly<Record<SignalKey, boolean>>;
}

export interface SignalScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Disagreement {
  readonly id: string;
  readonly signal: SignalKey;
  readonly expected: boolean;
  readonly got: boolean;
}

export interface Evaluation {
  readonly documents: number;
  readonly signals: Readonly<Record<SignalKey, SignalScore>>;
  readonly errors: readonly Disagreement[];
}

// With nothing to find and nothing found, a signal is perfect rather than undefined.
const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

export function evaluate(cases: readonly LabelledCase[]): Evaluation {
  const errors: Disagreement[] = [];
  const signals = {} as Record<SignalKey, SignalScore>;
  for (const signal of SIGNAL_KEYS) {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    for (const c of cases) {
      const expected = c.expected[signal];
      if (expected === undefined) continue;
      const got = c.got[signal];
      if (expected && got) tp++;
      else if (!expected && got) fp++;
      else if (expected && !got) fn++;
      else tn++;
      if (expected !== got) errors.push({ id: c.id, signal, expected, got });
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    signals[signal] = { tp, fp, fn, tn, precision, recall, f1 };
  }
  return { documents: cases.length, signals, errors };
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number) => value.toFixed(2).replace(".", ",").padStart(9);

export function formatEvaluation(evaluation: Evaluation, source: string): string {
  const lines = [`Évaluation sur ${evaluation.documents} documents (${source})`, ""];
  lines.push(`${pad("signal", 30)}  VP  FP  FN  VN  précision   rappel       F1`);
  for (const signal of SIGNAL_KEYS) {
    const s = evaluation.signals[signal];
    const counts = [s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(3)).join(" ");
    lines.push(`${pad(signal, 30)} ${counts} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)}`);
  }
  lines.push("");
  if (evaluation.errors.length === 0) lines.push("Aucun désaccord.");
  else {
    lines.push("Désaccords :");
    for (const e of evaluation.errors)
      lines.push(
        `  ${e.id} — ${e.signal} : attendu ${e.expected ? "vrai" : "faux"}, trouvé ${e.got ? "vrai" : "faux"}`,
      );
  }
  return lines.join("\n");
}
