/**
 * What kind of text this is: a délibération of a deliberating body, the minutes of its séance,
 * an arrêté or décision of the maire/président (even by delegation, L2122-22 CGCT), or
 * something else (tariff page, règlement, convention, article). Cues are weighed, not counted
 * blindly: a council's minutes may mention a mayor's decisions, a decision cites a délibération.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";
import { DELIBERATION_CUES, OTHER_CUES, SELF_TITLE, TITLE_REACH, type Cue } from "./act-cues";

type ActKind = "deliberation" | "minutes" | "mayoral_act" | "other" | "unknown";

export interface ActReading {
  readonly kind: ActKind;
  /** Passages showing a deliberating body acting (or its minutes). */
  readonly deliberationEvidence: readonly Evidence[];
  /** Passages showing an arrêté/décision of an executive, a règlement or a convention. */
  readonly otherEvidence: readonly Evidence[];
}

// What a document is shows in its opening (heading, attendance, visas) and its closing
// (vote, signature): the cues are looked for there, which bounds the cost on a long document.
const HEAD = 8000;
const TAIL = 4000;

function frame(folded: string): { text: string; tailStart: number } {
  if (folded.length <= HEAD + TAIL) return { text: folded, tailStart: 0 };
  const tailStart = folded.length - TAIL;
  // A blank line between the two parts, so no cue is read across the cut.
  return { text: `${folded.slice(0, HEAD)}\n\n${folded.slice(tailStart)}`, tailStart };
}

/** The first match of a cue in the framed text, with its offset in the whole text. */
function firstMatch(cue: Cue, framed: { text: string; tailStart: number }): RegExpExecArray | null {
  if (!cue.needles.some((needle) => framed.text.includes(needle))) return null;
  cue.pattern.lastIndex = 0;
  const match = cue.pattern.exec(framed.text);
  cue.pattern.lastIndex = 0;
  if (match && framed.tailStart > 0 && match.index >= HEAD) match.index += framed.tailStart - HEAD - 2;
  return match;
}

function weigh(
  reading: Reading,
  framed: { text: string; tailStart: number },
  cues: readonly Cue[],
  evidence: Evidence[],
) {
  let score = 0;
  let strong = false;
  let enacting = false;
  let minutes = false;
  let extract = false;
  for (const cue of cues) {
    const m = firstMatch(cue, framed);
    if (!m) continue;
    score += cue.weight;
    strong ||= cue.weight >= 3;
    enacting ||= cue.enacting === true;
    minutes ||= cue.minutes === true;
    extract ||= cue.extract === true;
    const at = m.index + (m[0].startsWith("\n") ? 1 : 0);
    addEvidence(evidence, passage(reading, at, m.index + m[0].length, 160), 4);
  }
  // Minor cues alone (a "séance", an "unanimité") are what a press article about the council
  // also says: they count only next to a strong one, or when many of them add up.
  return { score: strong || score >= 5 ? score : 0, enacting, minutes: minutes && !extract };
}

function readActKind(reading: Reading): ActReading {
  const deliberationEvidence: Evidence[] = [];
  const otherEvidence: Evidence[] = [];
  const framed = frame(reading.folded);
  const council = weigh(reading, framed, DELIBERATION_CUES, deliberationEvidence);
  const executive = weigh(reading, framed, OTHER_CUES, otherEvidence);
  const selfTitle = SELF_TITLE.exec(reading.folded.slice(0, TITLE_REACH));
  if (selfTitle) {
    const at = selfTitle.index + selfTitle[0].length - selfTitle[0].trimStart().length;
    addEvidence(otherEvidence, passage(reading, at, selfTitle.index + selfTitle[0].length, 120), 4);
  }
  const councilKind: ActKind = council.minutes ? "minutes" : "deliberation";
  let kind: ActKind;
  if (council.score >= 3 && (council.enacting || (executive.score < 3 && !selfTitle))) kind = councilKind;
  else if (executive.score >= 3) kind = "mayoral_act";
  else if (selfTitle) kind = "other";
  else kind = council.score >= 3 ? councilKind : "unknown";
  const isCouncil = kind === "deliberation" || kind === "minutes";
  return { kind, deliberationEvidence: isCouncil ? deliberationEvidence : [], otherEvidence };
}

// The act's kind serves a signal and a rule: read it once per reading.
const cache = new WeakMap<Reading, ActReading>();

/** The act's kind, or "unknown" if reading it failed on an odd text. */
export function actOf(reading: Reading): ActReading {
  let act = cache.get(reading);
  if (!act) {
    try {
      act = readActKind(reading);
    } catch {
      act = { kind: "unknown", deliberationEvidence: [], otherEvidence: [] };
    }
    cache.set(reading, act);
  }
  return act;
}
