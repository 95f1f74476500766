/**
 * stationnement-residentiel: vehicle registration data is justified by a residential parking tariff reserved to residents and their vehicle (article L2333-87 CGCT).
 */

import { byPrefix, conditioned, type ScopeRule } from "./family";

const RESIDENTIAL_PARKING =
  /\bstationnement residentiel\b|\b(?:cartes?|abonnements?|vignettes?|macarons?|tarifs?) (?:de )?(?:stationnement )?residents?\b|\bl\.?\s?2333-87\b|\bforfait post-stationnement\b/g;

export const stationnementResidentiel: ScopeRule = {
  id: "stationnement-residentiel",
  title: "Stationnement résidentiel",
  guide:
    "Minimisation : un tarif de stationnement résidentiel (article L2333-87 du CGCT) réservé aux résidents et à leur véhicule.",
  scopes: ["ants_extrait_immatriculation_vehicule_*"],
  families: [
    {
      id: "stationnement-residentiel",
      matches: byPrefix("ants_extrait_immatriculation_vehicule_"),
      reason: "un tarif de stationnement résidentiel dépend du véhicule et de la résidence",
      need: "un tarif de stationnement résidentiel (article L2333-87 du CGCT) réservé aux résidents et à leur véhicule",
      justify: (reading) => conditioned(reading, RESIDENTIAL_PARKING),
      vocabulary: RESIDENTIAL_PARKING,
    },
  ],
  cases: [
    {
      scope: "ants_extrait_immatriculation_vehicule_adresse_particulier",
      valid: [
        "Le tarif résident de 15 € par mois est réservé aux résidents du secteur, pour un véhicule immatriculé à leur adresse.",
      ],
      invalid: ["Le stationnement est payant de 9 h à 19 h ; tarif horaire : 1,50 €."],
    },
  ],
};
