/**
 * fixes_tariffs: (a) the text states the prices of a service to people (amounts, a grid, a
 * calculation rule) as decided or applied, or (b) it is (the start of) the act whose declared
 * object is to fix or revise those prices or the families' participation. An agenda item, a
 * past act cited in a visa, or public-domain fees are not enough.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, lineAround, passage, sentenceOf } from "../passages";
import { forEachMatch, occursIn } from "./cues";
import { actOf } from "./act-kind";
import { findPrices } from "./prices";
import { fromEvidence, type SignalResult } from "./signal";

const TARIFF_OBJECT =
  "(?:tarif\\w*|prix|participations?(?: financieres?)?(?: des (?:familles|usagers|parents))?|redevances?(?: mensuelles?| annuelles?)?|baremes?|grilles? tarifaires?|droits d'(?:inscription|entree)|cotisations?)";

// "le conseil … FIXE les tarifs", "d'approuver le règlement, les tarifs", "FIXERles tarifs" (OCR).
const DECIDES = new RegExp(
  `\\b(?:fixe|fixent|fixer|arrete|arreter|approuve|approuvent|approuver|adopte|adopter|revalorise\\w*|revise|reviser|actualise\\w*|modifie|modifier|determine|determiner|instaure\\w*|institue\\w*|reconduit|reconduire|maintient|maintenir|valide|valider)\\s*(?:[^.;:\\n]{0,60}?,\\s*)?(?:comme suit |ainsi qu'il suit |a compter [^.;:\\n]{0,40}? )?(?:les|le|la|l'|ces|ses)\\s*(?:nouveaux |nouvelles |differents |montants? (?:de la |des )?)?${TARIFF_OBJECT}\\b`,
  "g",
);

// "le conseil avait fixé les tarifs" recalls an earlier act.
const AUXILIARY_BEFORE = /\b(?:a|avez|avait|avaient|ont|aviez|aurait|avions) $/;

// "les tarifs sont fixés comme suit", "la redevance mensuelle … est fixée à", and
// "la participation des familles suivant la grille ci-dessous :", "les tarifs sont les suivants :".
const STATED = new RegExp(
  `\\b${TARIFF_OBJECT}\\b[^.;\\n]{0,80}?(?:\\b(?:est|sont|seront|sera)\\s+(?:ainsi\\s+|desormais\\s+)?(?:fixe|arrete|etabli|determine|revalorise|modifie|porte|maintenu|applique)\\w*|\\b(?:selon|suivant|conformement a) (?:le|la|les) (?:baremes?|grilles?|tableaux?) (?:ci-apres|ci-dessous|suivante?s?|annexee?s?)|\\b(?:comme suit|ci-apres|ci-dessous|sont les suivants|est la suivante)\\s*:)`,
  "g",
);

// "Objet : Tarifs cantine 2018", "OBJET : SÉJOURS D'ÉTÉ – PARTICIPATION DES FAMILLES".
const OBJECT_LINE = /(?:^|\n)[ \t]*(?:objet|obj\.)\s*:?\s*([^\n]{3,200})/g;
const PRICE_WORD =
  /\b(?:tarif\w*|prix|redevances?|baremes?|grilles? tarifaires?|droits d'inscription|cotisations?|participation (?:financiere )?(?:des|aux) (?:familles|usagers|parents|frais)|participation familiale)\b/;
const PARTICIPATION = /\bparticipations?\b/;
const FAMILY_SERVICE =
  /\b(?:vacances|centres? de loisirs|sejours?|colonies?|cantines?|restaura\w*|repas|periscolaire|extrascolaire|garderie|accueil\w*|loisirs?|alsh|creche\w*|multi-accueil|eaje|ecole de musique|conservatoire|classes? (?:de mer|de neige|decouverte|verte|transplantee)|transports? scolaires?|piscine|etudes? surveillee\w*|activites?|jeunesse|enfance)\b/;
const NOT_A_SERVICE =
  /\b(?:occupation|domaine public|terrasses?|etalages?|droits? de place|cimetiere|concessions?|funeraire\w*|taxes?)\b/;

// The agenda heading of a convocation ("Ordre du jour :"), not "la séance aborde l'ordre du jour".
const AGENDA = /ordre du jour\s*:/g;
const AGENDA_REACH = 1500;
const TITLE_LENGTH = 150;
const HEADING_BLOCK = 1200;
const HEADING_LINES = 14;
const AGENDA_END =
  /\b(?:compte[\s-]rendu|proces[\s-]verbal|apres en avoir delibere|deliberations? (?:du conseil|n)|seance est ouverte|secretaire de seance|presents?\s*:|objet\s*:)/;

/** Where convocation agendas run: from an "Ordre du jour :" heading to the séance's start. */
function agendaZones(folded: string): [number, number][] {
  const zones: [number, number][] = [];
  if (!folded.includes("ordre du jour")) return zones;
  forEachMatch(AGENDA, folded, (m) => {
    const rest = folded.slice(m.index, m.index + AGENDA_REACH);
    const end = AGENDA_END.exec(rest);
    zones.push([m.index, m.index + (end ? end.index : rest.length)]);
  });
  return zones;
}

const inZones = (zones: readonly [number, number][], index: number) => zones.some(([s, e]) => index >= s && index < e);

function isVisa(folded: string, index: number): boolean {
  const line = lineAround(folded, index);
  return /^\s*vu\b/.test(folded.slice(line.start, line.end));
}

const pricedObject = (object: string) =>
  !NOT_A_SERVICE.test(object) &&
  (PRICE_WORD.test(object) || (PARTICIPATION.test(object) && FAMILY_SERVICE.test(object)));

/**
 * The title of an act ("Tarifs restauration scolaire 2024 – Modification", "Délibération
 * n° 12 : tarifs du conservatoire") is its declared object too, even when the stored text stops
 * before the grid — but only for an act: a web page titled "Tarifs" may say nothing more.
 */
function titleObject(reading: Reading, evidence: Evidence[]): void {
  const kind = actOf(reading).kind;
  if (kind !== "deliberation" && kind !== "mayoral_act") return;
  const { folded } = reading;
  // The heading block: the short lines before the first paragraph of prose or the first
  // "présente le rapport suivant :" ("CONSERVATOIRE / TARIFS / ANNÉE SCOLAIRE 2015-2016").
  let start = folded.search(/\S/);
  for (let lines = 0; start !== -1 && start < HEADING_BLOCK && lines < HEADING_LINES; lines++) {
    const end = lineAround(folded, start).end;
    const line = folded.slice(start, end);
    if (end - start > TITLE_LENGTH || /:\s*$/.test(line)) return;
    if (pricedObject(line)) {
      addEvidence(evidence, reading.evidence(start, end));
      return;
    }
    const next = folded.slice(end).search(/\S/);
    start = next === -1 ? -1 : end + next;
  }
}

// "Il s'agit de la fixation du barème des participations", "révision des tarifs du conservatoire":
// the act's object named as a noun, in an act or its minutes.
const NOMINAL = new RegExp(
  `\\b(?:fixation|revision|revalorisation|modification|actualisation|determination|augmentation|mise a jour|reforme)s? (?:des|du|de la|de l'|d'un|d'une|de nouveaux|de nouvelles) (?:nouveaux |nouvelles )?${TARIFF_OBJECT}\\b`,
  "g",
);

function declaredObject(reading: Reading, evidence: Evidence[]): void {
  const { folded } = reading;
  const agenda = agendaZones(folded);
  forEachMatch(OBJECT_LINE, folded, (m) => {
    if (!pricedObject(m[1] ?? "") || inZones(agenda, m.index)) return;
    addEvidence(evidence, reading.evidence(m.index + (m[0].startsWith("\n") ? 1 : 0), m.index + m[0].length));
  });
  titleObject(reading, evidence);
  const statement = (m: RegExpExecArray) => {
    const sentence = sentenceOf(reading, m.index, m.index + m[0].length);
    if (occursIn(NOT_A_SERVICE, folded, sentence.start, sentence.end)) return;
    if (inZones(agenda, m.index) || isVisa(folded, m.index)) return;
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length));
    return evidence.length < 3;
  };
  forEachMatch(DECIDES, folded, (m) => {
    if (AUXILIARY_BEFORE.test(folded.slice(Math.max(0, m.index - 10), m.index))) return;
    return statement(m);
  });
  if (evidence.length < 3) forEachMatch(STATED, folded, statement);
  const kind = actOf(reading).kind;
  if (evidence.length < 3 && (kind === "deliberation" || kind === "minutes" || kind === "mayoral_act")) {
    forEachMatch(NOMINAL, folded, statement);
  }
}

export function detectFixesTariffs(reading: Reading): SignalResult {
  const evidence: Evidence[] = [];
  declaredObject(reading, evidence);
  for (const price of findPrices(reading)) addEvidence(evidence, price, 4);
  return fromEvidence(evidence);
}
