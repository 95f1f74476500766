/**
 * sportif-haut-niveau: athlete status is justified by a price or an aid reserved to high-level athletes.
 */

import { byPrefix, conditioned, type ScopeRule } from "./family";

const ATHLETE = /\bsporti(?:f|ve)s? de haut niveau\b|\bliste ministerielle\b/g;

export const sportifHautNiveau: ScopeRule = {
  id: "sportif-haut-niveau",
  title: "Sportifs de haut niveau",
  guide: "Minimisation : un tarif ou une aide réservé aux sportifs de haut niveau (liste ministérielle).",
  scopes: ["sdh_*"],
  families: [
    {
      id: "sportif-haut-niveau",
      matches: byPrefix("sdh_"),
      reason: "un tarif ou une aide est prévu pour les sportifs de haut niveau",
      need: "un tarif ou une aide réservé aux sportifs de haut niveau",
      justify: (reading) => conditioned(reading, ATHLETE),
      vocabulary: ATHLETE,
    },
  ],
  cases: [
    {
      scope: "sdh_statut_sportif_est_sportif_de_haut_niveau",
      valid: ["Les sportifs de haut niveau inscrits sur la liste ministérielle accèdent gratuitement à la piscine."],
      invalid: ["Tarif de la piscine : 3 € ; gratuité pour les moins de 3 ans."],
    },
  ],
};
