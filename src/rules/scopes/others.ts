/**
 * The remaining families: EAJE participation (the CAF's convention d'objectifs et de
 * financement and its PSU scale, not a délibération, is the expected document), residential
 * parking (ANTS), national service, top-level athletes, and FranceConnect identity scopes.
 */

import { CHILDREN_WORDS, RESIDENCE_WORDS } from "./caf";
import { byKey, byPrefix, conditioned, mentioned, type ScopeFamily } from "./family";

const PSU =
  /\bpsu\b|\bprestation de service unique\b|\btaux d'effort\b|\bconvention d'objectifs et de financement\b|\bbareme (?:national )?(?:de la |du )?(?:cnaf|psu|caf)\b|\bparticipation familiale\b/g;
const RESIDENTIAL_PARKING =
  /\bstationnement residentiel\b|\b(?:cartes?|abonnements?|vignettes?|macarons?|tarifs?) (?:de )?(?:stationnement )?residents?\b|\bl\.?\s?2333-87\b|\bforfait post-stationnement\b/g;
const NATIONAL_SERVICE = /\bservice national\b|\bjournee defense et citoyennete\b|\bjdc\b|\bjournee d'appel\b/g;
const ATHLETE = /\bsporti(?:f|ve)s? de haut niveau\b|\bliste ministerielle\b/g;
const IDENTITY =
  /\bfranceconnect\b|\b(?:verification|controle|justificatifs?|pieces?) d'identite\b|\bidentite (?:de l'usager|du demandeur|des parents|du beneficiaire)\b/g;

const EAJE_NEED =
  "la convention d'objectifs et de financement signée avec la CAF (barème PSU, taux d'effort), document attendu pour un EAJE";

export const OTHER_FAMILIES: readonly ScopeFamily[] = [
  {
    id: "eaje-adresse",
    matches: byKey("cnav_participation_familiale_eaje_adresse"),
    reason: "l'accès ou le tarif de l'EAJE diffère selon le lieu de résidence",
    // The PSU scale ignores where the family lives: the address needs a residence condition of its own.
    need: "un accès ou un tarif de l'EAJE différent selon que la famille réside ou non sur le territoire",
    justify: (_reading, signals) => signals.tariff_by_residence.evidence,
    vocabulary: RESIDENCE_WORDS,
  },
  {
    id: "eaje-enfants",
    matches: byKey("cnav_participation_familiale_eaje_enfants"),
    reason: "le taux d'effort du barème PSU dépend du nombre d'enfants à charge",
    need: EAJE_NEED,
    ask: "le barème PSU de la convention d'objectifs et de financement",
    // The passage saying the rate depends on the children, else the PSU scale that implies it.
    justify: (reading, signals) =>
      signals.tariff_by_number_of_children.value
        ? signals.tariff_by_number_of_children.evidence
        : mentioned(reading, PSU, 2),
    vocabulary: CHILDREN_WORDS,
  },
  {
    id: "eaje",
    matches: byPrefix("cnav_participation_familiale_eaje_"),
    reason: "la participation familiale suit le barème PSU de la CAF (taux d'effort)",
    need: EAJE_NEED,
    ask: "le barème PSU de la convention d'objectifs et de financement",
    justify: (reading) => mentioned(reading, PSU, 2),
  },
  {
    id: "stationnement-residentiel",
    matches: byPrefix("ants_extrait_immatriculation_vehicule_"),
    reason: "un tarif de stationnement résidentiel dépend du véhicule et de la résidence",
    need: "un tarif de stationnement résidentiel (article L2333-87 du CGCT) réservé aux résidents et à leur véhicule",
    justify: (reading) => conditioned(reading, RESIDENTIAL_PARKING),
    vocabulary: RESIDENTIAL_PARKING,
  },
  {
    id: "service-national",
    matches: byPrefix("dsnj_"),
    reason: "une condition tient au service national",
    need: "une condition liée au service national (JDC)",
    justify: (reading) => conditioned(reading, NATIONAL_SERVICE),
    vocabulary: NATIONAL_SERVICE,
  },
  {
    id: "sportif-haut-niveau",
    matches: byPrefix("sdh_"),
    reason: "un tarif ou une aide est prévu pour les sportifs de haut niveau",
    need: "un tarif ou une aide réservé aux sportifs de haut niveau",
    justify: (reading) => conditioned(reading, ATHLETE),
    vocabulary: ATHLETE,
  },
  {
    id: "identite-franceconnect",
    matches: byKey("family_name", "given_name", "birthdate", "birthplace", "birthcountry", "gender", "openid"),
    reason: "la démarche prévoit d'établir l'identité de l'usager",
    need: "que la démarche exige d'établir l'identité de l'usager",
    justify: (reading) => mentioned(reading, IDENTITY, 2),
    informational: true,
  },
];
