/**
 * Scoring the reading against labelled documents, so that a newcomer sees in one screen why a
 * document was misread: precision, recall and F1 per signal; the precision of the "non
 * justifiée" verdicts on the three CAF scopes (the costliest error: a collectivité waits weeks
 * for nothing); and every disagreement with the passage Cadre relied on, or its best near miss,
 * beside the passage the label rests on.
 */

import { SIGNAL_KEYS, type SignalKey } from "../rules/rule-types";

/** The scope whose verdict each criterion signal decides (the CAF scopes of the guide). */
export const SCOPE_OF_SIGNAL: Readonly<Partial<Record<SignalKey, string>>> = {
  tariff_by_quotient_familial: "cnaf_quotient_familial",
  tariff_by_residence: "cnaf_adresse",
  tariff_by_number_of_children: "cnaf_enfants",
};

export type VerdictStatus = "pass" | "fail" | "warning";

export interface LabelledCase {
  readonly id: string;
  readonly expected: Readonly<Partial<Record<SignalKey, boolean>>>;
  readonly got: Readonly<Record<SignalKey, boolean>>;
  /** The labeller's quote for a true label, when the manifest gives one. */
  readonly expectedQuotes?: Readonly<Partial<Record<SignalKey, string>>>;
  /** Cadre's passage for a signal it found, or its best near miss for one it did not. */
  readonly passages?: Readonly<Partial<Record<SignalKey, string>>>;
  /** The verdict on each criterion's scope, had the request asked for it. */
  readonly verdicts?: Readonly<Partial<Record<SignalKey, VerdictStatus>>>;
}

interface SignalScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

interface Disagreement {
  readonly id: string;
  readonly signal: SignalKey;
  readonly expected: boolean;
  readonly got: boolean;
  /** What Cadre read there: its passage (false positive) or best near miss (false negative). */
  readonly passage?: string;
  readonly expectedQuote?: string;
}

/** How the "non justifiée" and "à vérifier" verdicts fare against the labels. */
interface VerdictScore {
  /** "non justifiée" verdicts, and those where the act does state the criterion. */
  readonly notJustified: number;
  readonly wrongNotJustified: number;
  /** precision of "non justifiée" (1 when there is none). */
  readonly notJustifiedPrecision: number;
  readonly toCheck: number;
  /** "à vérifier" verdicts where the act does state the criterion. */
  readonly toCheckWithCriterion: number;
  readonly justified: number;
  readonly wrongJustified: number;
}

export interface Evaluation {
  readonly documents: number;
  readonly signals: Readonly<Record<SignalKey, SignalScore>>;
  readonly verdicts: VerdictScore;
  readonly errors: readonly Disagreement[];
}

// With nothing to find and nothing found, a signal is perfect rather than undefined.
const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

function scoreVerdicts(cases: readonly LabelledCase[]): VerdictScore {
  let notJustified = 0,
    wrongNotJustified = 0,
    toCheck = 0,
    toCheckWithCriterion = 0,
    justified = 0,
    wrongJustified = 0;
  for (const c of cases) {
    for (const signal of Object.keys(SCOPE_OF_SIGNAL) as SignalKey[]) {
      const status = c.verdicts?.[signal];
      const expected = c.expected[signal];
      if (status === undefined || expected === undefined) continue;
      if (status === "fail") {
        notJustified++;
        if (expected) wrongNotJustified++;
      } else if (status === "warning") {
        toCheck++;
        if (expected) toCheckWithCriterion++;
      } else {
        justified++;
        if (!expected) wrongJustified++;
      }
    }
  }
  return {
    notJustified,
    wrongNotJustified,
    notJustifiedPrecision: ratio(notJustified - wrongNotJustified, notJustified),
    toCheck,
    toCheckWithCriterion,
    justified,
    wrongJustified,
  };
}

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
      if (expected !== got) {
        const passage = c.passages?.[signal];
        const expectedQuote = c.expectedQuotes?.[signal];
        errors.push({
          id: c.id,
          signal,
          expected,
          got,
          ...(passage ? { passage } : {}),
          ...(expectedQuote ? { expectedQuote } : {}),
        });
      }
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    signals[signal] = { tp, fp, fn, tn, precision, recall, f1 };
  }
  return { documents: cases.length, signals, verdicts: scoreVerdicts(cases), errors };
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number) => value.toFixed(2).replace(".", ",").padStart(9);
const flat = (text: string, max = 160) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

export function formatEvaluation(evaluation: Evaluation, source: string): string {
  const lines = [`Évaluation sur ${evaluation.documents} documents (${source})`, ""];
  lines.push(`${pad("signal", 30)}  VP  FP  FN  VN  précision   rappel       F1`);
  let macro = 0;
  for (const signal of SIGNAL_KEYS) {
    const s = evaluation.signals[signal];
    macro += s.f1;
    const counts = [s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(3)).join(" ");
    lines.push(`${pad(signal, 30)} ${counts} ${num(s.precision)} ${num(s.recall)} ${num(s.f1)}`);
  }
  lines.push(
    `${pad("macro (moyenne des F1)", 30)} ${" ".repeat(15)} ${" ".repeat(18)} ${num(macro / SIGNAL_KEYS.length)}`,
  );
  const v = evaluation.verdicts;
  lines.push(
    "",
    "Verdicts par donnée (quotient familial, adresse, enfants, comme si chaque document les justifiait) :",
    `  non justifiée : ${v.notJustified}, dont ${v.wrongNotJustified} à tort — précision ${num(v.notJustifiedPrecision).trim()}`,
    `  à vérifier    : ${v.toCheck}, dont ${v.toCheckWithCriterion} où l'acte prévoit bien le critère`,
    `  justifiée     : ${v.justified}, dont ${v.wrongJustified} à tort`,
    "",
  );
  if (evaluation.errors.length === 0) lines.push("Aucun désaccord.");
  else {
    lines.push("Désaccords :");
    for (const e of evaluation.errors) {
      lines.push(
        `  ${e.id} — ${e.signal} : attendu ${e.expected ? "vrai" : "faux"}, trouvé ${e.got ? "vrai" : "faux"}`,
      );
      if (e.got) lines.push(`      lu par Cadre : « ${flat(e.passage ?? "")} »`);
      else lines.push(e.passage ? `      passage proche : « ${flat(e.passage)} »` : "      aucun passage proche");
      if (e.expectedQuote) lines.push(`      étiquette    : « ${flat(e.expectedQuote)} »`);
    }
  }
  return lines.join("\n");
}
