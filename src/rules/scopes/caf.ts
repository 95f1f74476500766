/**
 * The four CAF scopes the guide speaks of: quotient familial ← a QF grid; adresse ← a price
 * that differs for residents; enfants ← a price by number or rank of children; allocataires ←
 * the identity of the parents behind the allocataire number is checked.
 */

import type { Reading } from "../reading";
import { byKey, conditioned, mentioned, type ScopeFamily } from "./family";

const ALLOCATAIRE_NUMBER = /\b(?:numeros?|n\s?[°o])\.?\s?(?:d'|de |d)?\s?allocataires?\b/g;
const ALLOCATAIRE_STATUS =
  /\ballocataires? (?:de la |du regime |du )?(?:caf|msa|cnaf)\b|\b(?:qualite|statut|identite)s? (?:d'|de l'|des )?allocataires?\b|\b(?:identite|nom)s? des (?:parents|responsables legaux|representants legaux)\b/g;

/** Words of each CAF criterion, for telling "à vérifier" from "non justifiée" (see ScopeFamily.vocabulary). */
export const QF_WORDS = /\bquotients?(?: famil\w+)?\b|\bq\.?f\.?(?![a-z])|\bchiffres? (?:caf|msa)\b/g;
export const RESIDENCE_WORDS =
  /\b(?:hors|en dehors) (?:de |du )?(?:la |le )?(?:commune|territoire|ville|agglomeration|communaute)\b|\bexterieu\w+\b|\bnon[\s-]?residents?\b|\bresidents?\b|\b(?:domicilie|residant|demeurant|habitant)\w*\b|\b(?:lieu|commune) de (?:residence|domicile)\b|\bautres? communes?\b/g;
export const CHILDREN_WORDS =
  /\bfratries?\b|\bfreres?\b|\bs(?:oe|\u0153)urs?\b|\bfamilles? nombreuses?\b|\bnombre d'enfants\b|\b(?:[2-9]\s?(?:e|eme|ieme)|deuxieme|second|troisieme|quatrieme) enfants?\b|\benfants? (?:supplementaires?|suivants?)\b|\bplusieurs enfants\b|\b[2-9] enfants\b/g;
const ALLOCATAIRE_WORDS = /\ballocataires?\b/g;

function allocataireEvidence(reading: Reading) {
  // Without the word, neither wording can be there: spare the scans.
  if (
    !reading.folded.includes("allocataire") &&
    !reading.folded.includes("parents") &&
    !reading.folded.includes("responsables")
  ) {
    return [];
  }
  const numbers = reading.folded.includes("allocataire") ? mentioned(reading, ALLOCATAIRE_NUMBER) : [];
  return numbers.length > 0 ? numbers : conditioned(reading, ALLOCATAIRE_STATUS);
}

export const CAF_FAMILIES: readonly ScopeFamily[] = [
  {
    id: "quotient-familial",
    matches: byKey("cnaf_quotient_familial"),
    reason: "le tarif ou l'aide varie selon le quotient familial",
    need: "un tarif ou une aide qui varie selon le quotient familial (grille, tranches, pourcentage du QF)",
    ask: "un tarif selon le quotient familial",
    justify: (_reading, signals) => signals.tariff_by_quotient_familial.evidence,
    vocabulary: QF_WORDS,
  },
  {
    id: "adresse",
    matches: byKey("cnaf_adresse"),
    reason: "le tarif, l'aide ou l'accès diffère selon le lieu de résidence",
    need: "un tarif, une aide ou un accès différent selon que la famille réside ou non sur le territoire",
    ask: "un tarif différent selon le lieu de résidence",
    justify: (_reading, signals) => signals.tariff_by_residence.evidence,
    vocabulary: RESIDENCE_WORDS,
  },
  {
    id: "enfants",
    matches: byKey("cnaf_enfants"),
    reason: "le tarif ou l'aide dépend du nombre ou du rang des enfants",
    need: "un tarif ou une aide qui dépend du nombre ou du rang des enfants (réduction fratrie, « à partir du 3e enfant »)",
    ask: "un tarif selon le nombre ou le rang des enfants",
    justify: (_reading, signals) => signals.tariff_by_number_of_children.evidence,
    vocabulary: CHILDREN_WORDS,
  },
  {
    id: "allocataires",
    matches: byKey("cnaf_allocataires"),
    reason: "l'identité des parents rattachés au numéro d'allocataire est vérifiée",
    need: "la vérification de l'identité des parents rattachés au numéro d'allocataire CAF ou MSA",
    ask: "la vérification de l'identité des parents rattachés au numéro d'allocataire",
    justify: (reading) => allocataireEvidence(reading),
    vocabulary: ALLOCATAIRE_WORDS,
  },
];
