/**
 * tariff_by_residence: the price, the aid or the access to a reduced price differs with where
 * the family lives (residents / "extérieurs", "hors commune", "familles de <la commune>").
 * Not school catchment, not a bare proof of address, not "personnes extérieures" (non-users).
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage, sentenceOf } from "../passages";
import { CATCHMENT, forEachMatch, hasMoney, MONEY, occursIn, tariffNear } from "./cues";
import { escapePattern, placeNames } from "./place-names";
import {
  DEMONYM,
  DIFFERENCE,
  HORS_PLACE,
  NON_DEMONYM,
  NOT_DEMONYMS,
  NOT_PLACES,
  OUTSIDER_PATTERNS,
  PEOPLE,
  RESIDENT_PATTERNS,
} from "./residence-patterns";
import { fromEvidence, type SignalResult } from "./signal";

// Something is reserved to the group named by a demonym.
const RESERVED =
  /\b(?:seule?s?|uniquement|exclusivement|reserve\w*|benefici\w*|ont droit|peuvent|priorit\w*|accord\w*)\b/;

// The difference itself denied: "aucune majoration n'est appliquée aux familles domiciliées hors
// de la commune", "mêmes conditions pour tous". (A plain negation test would also drop "dont les
// parents ne sont pas domiciliés sur la commune", which is how outsiders are defined.)
const NO_DIFFERENCE =
  /\b(?:(?:aucune?|pas de|sans|ni) (?:majoration|difference|distinction|supplement|surcout|condition de (?:residence|domicile))|memes? (?:tarifs?|conditions|prix)|tarifs? (?:unique|identique)s? (?:pour |a |applicables? a )?(?:tous|toutes|l'ensemble|chaque)|identiques? pour|quel(?:le)?s? que soi(?:en)?t (?:le|la|leur|son) (?:lieu|commune|domicile|residence))\b/;

// Residents of a care home are not the territory's residents.
const CARE_HOME =
  /\b(?:ehpad|residence autonomie|residences? seniors?|foyer[\s-]logement|logement[\s-]foyer|maison de retraite)\b/;

// A distance to the school or the service is a transport condition, not a place of residence.
const DISTANCE = /\ba (?:plus|moins) de \d+(?:[,.]\d+)?\s?(?:km|kilometres?|m|metres?)\b/;

// Two different amounts in one sentence: the residents' price is set against another one.
function twoPrices(folded: string, start: number, end: number): boolean {
  const amounts = new Set<string>();
  forEachMatch(MONEY, folded.slice(start, end), (m) => void amounts.add(m[0].replace(/\s/g, "")));
  return amounts.size >= 2;
}

const REACH = 220;
const LIMIT = 3;

function accept(reading: Reading, evidence: Evidence[], start: number, end: number, needsDifference = false): boolean {
  const { folded } = reading;
  const sentence = sentenceOf(reading, start, end);
  const catchment =
    occursIn(CATCHMENT, folded, sentence.start, sentence.end) && !hasMoney(folded, sentence.start, sentence.end);
  if (catchment || occursIn(CARE_HOME, folded, sentence.start, sentence.end)) return evidence.length < LIMIT;
  if (!tariffNear(folded, start, end, REACH, REACH)) return evidence.length < LIMIT;
  if (occursIn(NO_DIFFERENCE, folded, sentence.start, sentence.end)) return evidence.length < LIMIT;
  if (occursIn(DISTANCE, folded, start, Math.min(sentence.end, end + 40))) return evidence.length < LIMIT;
  if (
    needsDifference &&
    // The difference must be said of these residents, in their sentence: a "selon le quotient"
    // two sentences away does not make "enfants domiciliés sur la commune" a residence price.
    !occursIn(DIFFERENCE, folded, sentence.start, sentence.end) &&
    !twoPrices(folded, sentence.start, sentence.end)
  ) {
    return evidence.length < LIMIT;
  }
  addEvidence(evidence, passage(reading, start, end));
  return evidence.length < LIMIT;
}

export function detectTariffByResidence(reading: Reading): SignalResult {
  const { folded } = reading;
  const evidence: Evidence[] = [];
  const take = (start: number, end: number) => accept(reading, evidence, start, end);
  const takeIfDifferent = (start: number, end: number) => accept(reading, evidence, start, end, true);
  for (const pattern of OUTSIDER_PATTERNS) {
    if (evidence.length >= LIMIT) break;
    forEachMatch(pattern, folded, (m) => take(m.index + (m[0].startsWith("\n") ? 1 : 0), m.index + m[0].length));
  }
  for (const pattern of RESIDENT_PATTERNS) {
    if (evidence.length >= LIMIT) break;
    forEachMatch(pattern, folded, (m) => takeIfDifferent(m.index, m.index + m[0].length));
  }
  if (evidence.length < LIMIT) {
    forEachMatch(HORS_PLACE, reading.text, (m) => {
      const place = folded.slice(m.index + m[0].length - (m[1] ?? "").length, m.index + m[0].length);
      return NOT_PLACES.has(place) ? undefined : take(m.index, m.index + m[0].length);
    });
  }
  if (evidence.length < LIMIT) {
    forEachMatch(NON_DEMONYM, folded, (m) =>
      NOT_DEMONYMS.has(m[1] ?? "") ? undefined : take(m.index, m.index + m[0].length),
    );
  }
  if (evidence.length < LIMIT) {
    forEachMatch(DEMONYM, folded, (m) => {
      if (NOT_DEMONYMS.has(m[1] ?? "")) return;
      const sentence = sentenceOf(reading, m.index, m.index + m[0].length);
      if (!occursIn(RESERVED, folded, sentence.start, sentence.end)) return;
      return take(m.index, m.index + m[0].length);
    });
  }
  const names = evidence.length < LIMIT ? placeNames(reading).slice(0, 3).map(escapePattern) : [];
  if (names.length > 0) {
    const alternatives = names.join("|");
    const named = new RegExp(
      `\\b(?:${PEOPLE}\\s+(?:de|d')\\s*(?:${alternatives})|hors[\\s-]+(?:${alternatives})|(?:${alternatives})\\s*[/|]\\s*(?:autres communes|exterieurs?|hors))\\b`,
      "g",
    );
    forEachMatch(named, folded, (m) =>
      (m[0].startsWith("hors") ? take : takeIfDifferent)(m.index, m.index + m[0].length),
    );
  }
  // Passes run one after the other: give the passages back in reading order.
  return fromEvidence([...evidence].sort((a, b) => a.start - b.start));
}
