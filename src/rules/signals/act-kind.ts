/**
 * What kind of text this is: a délibération of a deliberating body, the minutes of its séance,
 * an arrêté or décision of the maire/président (even by delegation, L2122-22 CGCT), or
 * something else (tariff page, règlement, convention, article). Cues are weighed, not counted
 * blindly: a council's minutes may mention a mayor's decisions, a decision cites a délibération.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";

export type ActKind = "deliberation" | "minutes" | "mayoral_act" | "other" | "unknown";

export interface ActReading {
  readonly kind: ActKind;
  /** Passages showing a deliberating body acting (or its minutes). */
  readonly deliberationEvidence: readonly Evidence[];
  /** Passages showing an arrêté/décision of an executive, a règlement or a convention. */
  readonly otherEvidence: readonly Evidence[];
}

const BODY =
  "(?:conseil (?:municipal|communautaire|departemental|regional|metropolitain|syndical|d'administration|de (?:la )?(?:communaute|metropole|paris|territoire)|d'agglomeration|general)|comite syndical|commission permanente|assemblee (?:deliberante|departementale|plen\\w*)|bureau (?:communautaire|syndical|metropolitain))";
const PAST = "(?<!\\b(?:a|avait|ont|avaient|aurait|auraient|sera|seront|pourra|doit|devra|va|vont) )";
const ENACTS =
  "(?:decide|decident|approuve|adopte|fixe|arrete|autorise|valide|emet|accepte|vote|prend acte|donne (?:son )?accord|sollicite|attribue|accorde|confirme|abroge|designe|elit|delibere)";

interface Cue {
  /** Words every match contains: a cue whose words are absent costs no scan. */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  readonly weight: number;
  /** Enacting cues show the body itself acting: they outweigh a mention of a mayor's decision. */
  readonly enacting?: boolean;
  readonly minutes?: boolean;
  /** An extract or a numbered délibération: even inside minutes, the text is the act itself. */
  readonly extract?: boolean;
}

const re = (source: string) => new RegExp(source, "g");

export const DELIBERATION_CUES: readonly Cue[] = [
  { needles: ["apres en avoir"], pattern: re("\\bapres en avoir (?:delibere|debattu)"), weight: 3, enacting: true },
  {
    needles: ["registre des deliberations", "extrait des deliberations"],
    pattern: re("\\bregistre des deliberations\\b|\\bextrait des deliberations\\b"),
    weight: 3,
    enacting: true,
    extract: true,
  },
  {
    needles: ["conseil", "comite syndical", "commission permanente", "assemblee", "bureau"],
    pattern: re(`\\b(?:le|la|l')\\s?${BODY}\\b[^.;:]{0,80}?${PAST}\\b${ENACTS}\\b`),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["compte rendu", "compte-rendu", "proces verbal", "proces-verbal", "releve des decisions"],
    pattern: re(
      `\\b(?:compte[\\s-]rendu|proces[\\s-]verbal|releve des decisions)\\s+(?:(?:sommaire|integral|officiel) )?(?:de la |du |des )?(?:(?:seance|reunion|session)\\b|${BODY})`,
    ),
    weight: 3,
    enacting: true,
    minutes: true,
  },
  {
    needles: ["en exercice"],
    pattern: re("\\b(?:membres|conseillers|delegues|administrateurs|elus)(?: [a-z0-9]+){0,3} en exercice\\b"),
    weight: 3,
    enacting: true,
  },
  { needles: ["secretaire de"], pattern: re("\\bsecretaire de (?:la )?seance\\b"), weight: 3, enacting: true },
  {
    needles: ["contre"],
    pattern: re("\\bpour\\s*:\\s*\\d+[^\\n]{0,40}contre\\s*:\\s*\\d+"),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["deliberation"],
    pattern: re(
      "(?:^|\\n)\\s*(?:extrait de (?:la )?)?deliberation\\s+(?:n\\s?[°o.]\\s*)?[\\w./-]*\\d[\\w./-]*(?=\\s+(?:du|en date)\\b|\\s*(?:$|\\n|:|-))",
    ),
    weight: 3,
    extract: true,
  },
  {
    needles: ["deliberation"],
    pattern: re("\\bn\\s?[°o.]\\s*(?:de )?(?:la )?deliberation\\s*:?\\s*[\\w./-]*\\d"),
    weight: 3,
  },
  { needles: ["rapport"], pattern: re(`\\brapport (?:au|du|de presentation au) ${BODY}`), weight: 3 },
  {
    needles: ["il est propose"],
    pattern: re(`\\bil est propose (?:au|a l'|aux membres du) (?:${BODY}|assemblee)`),
    weight: 3,
  },
  {
    needles: ["le maire", "le president", "la presidente", "le rapporteur", "la rapporteure", "la maire"],
    pattern: re(
      `\\b(?:le maire|le president|la presidente|le rapporteur|la rapporteure|monsieur le maire|madame (?:la|le) maire) (?:informe|expose|rappelle|presente|propose)(?: a| aux membres du| au)? (?:le |l')?${BODY}`,
    ),
    weight: 2,
  },
  {
    needles: ["reunion", "seance", "session"],
    pattern: re(`\\b(?:reunion|seance|session)s? (?:ordinaire |extraordinaire |publique )?(?:du |de la |de l')${BODY}`),
    weight: 2,
  },
  { needles: ["deliberations du"], pattern: re("\\bdeliberations du (?:conseil|comite|bureau)\\b"), weight: 2 },
  {
    needles: ["projet de deliberation", "mes chers collegues", "deliberation affichee"],
    pattern: re("\\bprojet de deliberation\\b|\\bmes chers collegues\\b|\\bdeliberation affichee\\b"),
    weight: 2,
  },
  {
    needles: ["votant", "etaient presents", "present", "s'est reuni", "quorum", "convocation"],
    pattern: re(
      "\\bvotants?\\s*:?\\s*\\d+|\\betaient presents\\b|\\bpresents?\\s*:\\s*\\(?\\d+|\\bs'est reuni\\b|\\bquorum\\b|\\bdate de (?:la )?convocation\\b",
    ),
    weight: 2,
  },
  {
    needles: ["unanimite", "pour extrait conforme", "donne pouvoir", "procuration"],
    pattern: re("\\ba l'unanimite\\b|\\bpour extrait conforme\\b|\\bdonne pouvoir\\b|\\bprocurations?\\b"),
    weight: 1,
  },
];

export const OTHER_CUES: readonly Cue[] = [
  {
    needles: ["decision", "arrete"],
    pattern: re("\\b(?:decision|arrete)s? (?:du (?:maire|president)|de la (?:maire|presidente)|municipal)\\b"),
    weight: 3,
  },
  {
    needles: ["decision", "arrete"],
    pattern: re("(?:^|\\n)\\s*(?:decision|arrete)\\s+(?:n\\s?[°o.]|municipal|du maire|du president)"),
    weight: 3,
  },
  {
    needles: ["2122-2", "delegation", "registre des decisions", "registre des arretes"],
    pattern: re(
      "\\bl\\.?\\s?2122-2[23]\\b|\\bpar delegation du conseil\\b|\\bdelegation d'attributions?\\b|\\ben vertu de la delegation\\b|\\bprise? (?:par|sur) delegation\\b|\\bregistre des (?:decisions|arretes)\\b",
    ),
    weight: 3,
  },
  {
    needles: ["maire", "president"],
    pattern: re("(?:^|\\n)\\s*(?:le|la) (?:maire|president|presidente)(?: de [^\\n,]{1,40})?\\s*,?\\s*\\n\\s*vu\\b"),
    weight: 3,
  },
  { needles: ["arrete"], pattern: re("(?:^|\\n)\\s*arrete\\s*:?\\s*(?=\\n)"), weight: 2 },
];

// Documents that name themselves in their first lines: a règlement or a convention.
const SELF_TITLE =
  /(?:^|\n)\s*(?:reglement (?:interieur|de fonctionnement|interieur et tarifaire)|convention (?:d'objectifs|de partenariat|de financement|entre))\b/;
const TITLE_REACH = 300;

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
export function firstMatch(cue: Cue, framed: { text: string; tailStart: number }): RegExpExecArray | null {
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
  let enacting = false;
  let minutes = false;
  let extract = false;
  for (const cue of cues) {
    const m = firstMatch(cue, framed);
    if (!m) continue;
    score += cue.weight;
    enacting ||= cue.enacting === true;
    minutes ||= cue.minutes === true;
    extract ||= cue.extract === true;
    const at = m.index + (m[0].startsWith("\n") ? 1 : 0);
    addEvidence(evidence, passage(reading, at, m.index + m[0].length, 160), 4);
  }
  return { score, enacting, minutes: minutes && !extract };
}

export function readActKind(reading: Reading): ActReading {
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
