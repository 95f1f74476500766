/**
 * eaje: for a crèche (EAJE), the family's participation follows the CAF's PSU scale (taux
 * d'effort on resources, by number of children) set in the convention d'objectifs et de
 * financement — the document expected, not a délibération. The address needs a residence
 * condition of its own; the children, the rate that depends on them.
 */

import { CHILDREN_WORDS } from "./enfants";
import { byKey, byPrefix, mentioned, type ScopeRule } from "./family";
import { RESIDENCE_WORDS } from "./adresse";

const PSU =
  /\bpsu\b|\bprestation de service unique\b|\btaux d'effort\b|\bconvention d'objectifs et de financement\b|\bbareme (?:national )?(?:de la |du )?(?:cnaf|psu|caf)\b|\bparticipation familiale\b/g;

const EAJE_NEED =
  "la convention d'objectifs et de financement signée avec la CAF (barème PSU, taux d'effort), document attendu pour un EAJE";

export const eaje: ScopeRule = {
  id: "eaje",
  title: "Participation familiale en crèche (EAJE, barème PSU)",
  guide:
    "Pour un EAJE, la convention d'objectifs et de financement signée avec la CAF (barème PSU, taux d'effort) fixe la participation des familles.",
  scopes: ["cnav_participation_familiale_eaje_*"],
  families: [
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
  ],
  cases: [
    {
      scope: "cnav_participation_familiale_eaje_parametres_calcul",
      valid: [
        "La participation familiale est calculée par application du taux d'effort du barème PSU aux ressources du foyer.",
      ],
      invalid: ["Le repas de la cantine scolaire est facturé 3,20 € ; le goûter 0,80 €."],
    },
    {
      scope: "cnav_participation_familiale_eaje_adresse",
      valid: ["Multi-accueil : priorité d'accès et tarif majoré de 10 % pour les familles hors commune."],
      invalid: ["La participation familiale suit le barème PSU de la CNAF, quel que soit le domicile de la famille."],
    },
  ],
};
