/**
 * Prices stated in a text: an amount with what it buys ("repas enfant | 3,75 €", "2.60 € par
 * jour"), a grid of bare amounts under a tariff heading, or a calculation rule ("0,5 % du QF").
 * Budget lines, subsidies and public-domain fees are not prices of a service to people.
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, lineAround, passage, sentenceOf } from "../passages";
import { BARE_DECIMAL, forEachMatch, MONEY, moneyValue, occursIn } from "./cues";

/** What a unit price is for: a meal, a day, a child, a bracket… */
const UNIT_CUE =
  /\b(?:tarif\w*|prix|repas|participation\w*|redevance\w*|forfait\w*|cotisation\w*|inscriptions?|adhesions?|abonnements?|cartes?|seances?|journees?|demi-journees?|heures?|jours?|mois|trimestres?|semaines?|an|annee|annuel\w*|mensuel\w*|enfants?|adultes?|familles?|eleves?|garderie|cantine|restaura\w*|accueil\w*|sejours?|stages?|cours|entrees?|tickets?|pass|quotient|qf|tranches?|categories?|mini\w*|maxi\w*|plein|reduit\w*|occasionnel\w*|regulier\w*|matin|soir|midi|mercredis?|vacances|periscolaire|extrascolaire|loisirs?|activites?|nuitees?|factur\w*|payer|acompte|penalite\w*|gratuit\w*|personnes?|aides?|allocations?|bons?|primes?|secours|bourses?|forfaitaires?|beneficiaires?|menages?|foyers?)\b|\/\s?(?:jour|j|h|heure|mois|an|repas|enfant|seance|trimestre)\b/;

/** Amounts that are not the price of a service to people. */
const NOT_A_PRICE =
  /\b(?:occupation|domaine public|droits? de (?:place|voirie)|terrasses?|etalages?|emplacements?|concessions?|cimetiere|columbarium|cavurnes?|m2|metres? (?:carres?|lineaires?)|ml|subventions?|budget\w*|credits?|depenses?|recettes?|fonds de concours|emprunts?|indemnites?|remuneration\w*|salaires?|traitements?|vacations?|loyers?|marches? publics?|devis|amendes?|associations?|dotations?|chapitre|investissement|cout de revient|couts? (?:reels?|moyens?|globa\w+|total|totaux)|taxes?|cessions?|acquisitions?|travaux|surcout|agents?|personnels?|regime indemnitaire|participations? (?:financieres? )?(?:de la commune|communales?|de la ville|des communes|intercommunales?)|frais de (?:fonctionnement|scolarite) des ecoles)\b|m²/;

/** A resources threshold ("plancher de ressources : 765 €") is not a price, unless the line names one. */
const RESOURCE_THRESHOLD = /\b(?:planchers?|plafonds?)\b|\bressources (?:mensuelles|annuelles)\b/;
const PRICE_NOUN = /\b(?:tarif\w*|prix|repas|heure|horaire|journee|jour|seance|mois)\b/;

const isThreshold = (folded: string, start: number, end: number) =>
  occursIn(RESOURCE_THRESHOLD, folded, start, end) && !occursIn(PRICE_NOUN, folded, start, end);

/** A heading that announces a grid of prices. */
const PRICE_HEADING =
  /\b(?:tarif\w*|prix|participation\w*|bareme\w*|grilles?|redevances?|cotisations?|droits? d'inscription|forfaits?)\b|\ben (?:€|euros?)\b/;

/** A tariff computed from the QF: "0,5 % du QF", "1,2 % du quotient familial". */
const RATE_RULE = /\b\d+(?:[.,]\d+)?\s?%\s*(?:du|de leur|de son|de la)\s*(?:qf|quotient)/g;

/**
 * An amount that bounds a bracket ("QF de 0 € à 450 €", "revenus inférieurs à 1 200 €",
 * "De 9 146,95 € à …") is where a tranche starts or stops, not what anything costs.
 */
const BOUND_BEFORE =
  /(?:[<>\u2264\u2265]|\b(?:inferieur\w*|superieur\w*|egal\w*)(?: ou egal)? a|\bjusqu'a|\bau-dela de|\bplus de|\bmoins de|\d\s?(?:€|euros?)?\s*(?:a|et|-))\s*$/;
const BOUND_AFTER = /^\s*(?:€|euros?\b)?\s*(?:a|et|-)\s*(?:\d|\.{2,}|\u2026)/;

// What a bracket is cut in: a price range ("entre 3,09 € et 4,42 € le repas") stays a price.
const BRACKET_WORDS = /\b(?:qf|quotients?|revenus?|ressources|tranches?|t\d{1,2}|plafonds?|planchers?|rfr)\b/g;

const PRICED_RANGE = /\b(?:tarif\w*|prix|repas|journee|seance|heure|participation\w*|cout\w*|fourchette)\b/g;

/** The last of the two kinds of words before a range says what it bounds: a price or a bracket. */
function isBracketBound(folded: string, start: number, end: number): boolean {
  const bound =
    BOUND_BEFORE.test(folded.slice(Math.max(0, start - 30), start)) || BOUND_AFTER.test(folded.slice(end, end + 12));
  if (!bound) return false;
  const line = lineAround(folded, start);
  const before = folded.slice(Math.min(line.start, Math.max(0, start - 120)), start);
  const lastOf = (pattern: RegExp) => {
    let last = -1;
    forEachMatch(pattern, before, (m) => void (last = m.index));
    return last;
  };
  return lastOf(BRACKET_WORDS) > lastOf(PRICED_RANGE);
}

// "4 573,47" read from its last group is not "573,47": a bare decimal after a thousands group.
const THOUSANDS_TAIL = /\d{1,3} $/;

const MAX_UNIT_PRICE = 3000;
const HEADING_REACH = 300;

const LIMIT = 3;

function headed(folded: string, index: number): boolean {
  return occursIn(PRICE_HEADING, folded, index - HEADING_REACH, index);
}

/** Up to three passages stating prices; the search stops as soon as it has them. */
export function findPrices(reading: Reading): Evidence[] {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  forEachMatch(MONEY, folded, (m) => {
    if (moneyValue(m) > MAX_UNIT_PRICE || isBracketBound(folded, m.index, m.index + m[0].length)) return;
    const line = lineAround(folded, m.index);
    const sentence = sentenceOf(reading, m.index, m.index + m[0].length);
    if (occursIn(NOT_A_PRICE, folded, sentence.start, sentence.end)) return;
    if (isThreshold(folded, line.start, line.end)) return;
    const cued =
      occursIn(UNIT_CUE, folded, line.start, line.end) || occursIn(UNIT_CUE, folded, sentence.start, sentence.end);
    if (!cued && !headed(folded, m.index)) return;
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length, 160), LIMIT);
    return evidence.length < LIMIT;
  });
  if (evidence.length >= LIMIT) return evidence;
  // Bare amounts ("0,91", "3,80") only in a grid: two of them under a tariff heading.
  let previous = -1;
  forEachMatch(BARE_DECIMAL, folded, (m) => {
    if (/^\d{3}[,.]/.test(m[0]) && THOUSANDS_TAIL.test(folded.slice(Math.max(0, m.index - 4), m.index))) return;
    if (isBracketBound(folded, m.index, m.index + m[0].length)) return;
    const close = previous >= 0 && m.index - previous < HEADING_REACH;
    previous = m.index;
    if (!close || !headed(folded, m.index)) return;
    const line = lineAround(folded, m.index);
    if (occursIn(NOT_A_PRICE, folded, line.start, line.end) || isThreshold(folded, line.start, line.end)) return;
    addEvidence(evidence, reading.evidence(line.start, line.end), LIMIT);
    return evidence.length < LIMIT;
  });
  if (evidence.length >= LIMIT || !folded.includes("%")) return evidence;
  forEachMatch(RATE_RULE, folded, (m) => {
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length, 160), LIMIT);
    return evidence.length < LIMIT;
  });
  return evidence;
}
