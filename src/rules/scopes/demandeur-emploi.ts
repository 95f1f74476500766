/**
 * demandeur-emploi: France Travail data is justified where a price or an aid is reserved to, or
 * modulated for, jobseekers.
 */

import { byPrefix, conditioned, type ScopeRule } from "./family";

const JOBSEEKER =
  /\bdemandeurs? d'emploi\b|\b(?:inscrit\w*|inscription) (?:a|aupres de) (?:france travail|pole emploi)\b|\bchomeurs?\b|\bprive\w* d'emploi\b|\bsans emploi\b/g;

export const demandeurEmploi: ScopeRule = {
  id: "demandeur-emploi",
  title: "Demandeurs d'emploi (France Travail)",
  guide:
    "Minimisation : une donnée n'est justifiée que si une condition tarifaire ou d'attribution fixée par l'acte en dépend ; ici, un tarif ou une aide pour les demandeurs d'emploi.",
  scopes: ["pole_emploi_*"],
  families: [
    {
      id: "demandeur-emploi",
      matches: byPrefix("pole_emploi_"),
      reason: "un tarif ou une aide est prévu pour les demandeurs d'emploi",
      need: "un tarif ou une aide réservé aux demandeurs d'emploi (inscrits à France Travail)",
      justify: (reading) => conditioned(reading, JOBSEEKER),
      vocabulary: JOBSEEKER,
    },
  ],
  cases: [
    {
      scope: "pole_emploi_identite",
      valid: [
        "Les demandeurs d'emploi bénéficient de la gratuité de l'accès à la médiathèque.",
        "Tarif réduit de 2 € pour les personnes inscrites à France Travail, sur présentation de leur attestation.",
      ],
      invalid: [
        "La commune recrute un animateur ; les candidatures sont reçues jusqu'au 30 juin. Tarif de la piscine : 3 €.",
        "Tarif unique de la piscine : 3 € l'entrée pour tous les publics.",
      ],
    },
  ],
};
