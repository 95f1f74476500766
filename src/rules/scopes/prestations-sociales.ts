/**
 * prestations-sociales: data on a social benefit (C2S, RSA and its majoration, prime d'activité
 * and its majoration, ASF, AAH, AEEH, ARS) is justified where a price or an aid is reserved to
 * the beneficiaries of that benefit. One rule, one family per benefit, most specific first.
 */

import { byKey, conditioned, type ScopeFamily, type ScopeRule } from "./family";

function benefit(id: string, keys: string[], who: string, pattern: RegExp): ScopeFamily {
  return {
    id,
    matches: byKey(...keys),
    reason: `un tarif ou une aide est prévu pour les bénéficiaires ${who}`,
    need: `un tarif ou une aide réservé aux bénéficiaires ${who}`,
    justify: (reading) => conditioned(reading, pattern),
    vocabulary: pattern,
  };
}

const BENEFIT_FAMILIES: readonly ScopeFamily[] = [
  benefit(
    "c2s",
    ["complementaire_sante_solidaire"],
    "de la complémentaire santé solidaire (C2S, ex-CMU-C)",
    /\bc2s\b|\bcomplementaire sante solidaire\b|\bcmu[\s-]?c\b|\bcouverture maladie universelle complementaire\b|\baide (?:au paiement d'une|a l'acquisition d'une) complementaire sante\b|\bcss\b/g,
  ),
  benefit(
    "rsa-majore",
    ["revenu_solidarite_active_majoration"],
    "du RSA majoré",
    /\brsa majore\b|\bmajoration (?:du |de )?(?:rsa|revenu de solidarite active)\b|\brevenu de solidarite active majore\b/g,
  ),
  benefit("rsa", ["revenu_solidarite_active"], "du RSA", /\brsa\b|\brevenu de solidarite active\b/g),
  benefit(
    "prime-activite-majoree",
    ["prime_activite_majoration"],
    "de la prime d'activité majorée",
    /\bprime d'activite majoree\b|\bmajoration (?:de la )?prime d'activite\b/g,
  ),
  benefit("prime-activite", ["prime_activite"], "de la prime d'activité", /\bprime d'activite\b/g),
  benefit(
    "asf",
    ["allocation_soutien_familial"],
    "de l'allocation de soutien familial (ASF)",
    /\ballocation de soutien familial\b|\basf\b/g,
  ),
  benefit(
    "aah",
    ["allocation_adulte_handicape"],
    "de l'allocation aux adultes handicapés (AAH)",
    /\baah\b|\ballocation (?:aux |d')?adultes? handicape\w*\b/g,
  ),
  benefit(
    "aeeh",
    ["cnav_allocation_enfant_handicape"],
    "de l'allocation d'éducation de l'enfant handicapé (AEEH)",
    /\baeeh\b|\ballocation d'education (?:de l'enfant|d'enfant) handicape\b/g,
  ),
  benefit(
    "ars",
    ["cnav_allocation_rentree_scolaire"],
    "de l'allocation de rentrée scolaire (ARS)",
    /\ballocation (?:de (?:la )?)?rentree scolaire\b/g,
  ),
];

export const prestationsSociales: ScopeRule = {
  id: "prestations-sociales",
  title: "Bénéficiaires d'une prestation sociale",
  guide:
    "Minimisation : un tarif ou une aide réservé aux bénéficiaires de la prestation (C2S, RSA, prime d'activité, ASF, AAH, AEEH, ARS).",
  scopes: [
    "complementaire_sante_solidaire",
    "revenu_solidarite_active",
    "revenu_solidarite_active_majoration",
    "prime_activite",
    "prime_activite_majoration",
    "allocation_soutien_familial",
    "allocation_adulte_handicape",
    "cnav_allocation_enfant_handicape",
    "cnav_allocation_rentree_scolaire",
  ],
  families: BENEFIT_FAMILIES,
  cases: [
    {
      scope: "revenu_solidarite_active",
      valid: ["Les bénéficiaires du RSA ont accès gratuitement au centre social ; tarif normal : 5 €."],
      invalid: ["Aide alimentaire de 60 € sans condition de ressources, ouverte à tous les habitants."],
    },
    {
      scope: "complementaire_sante_solidaire",
      valid: ["Gratuité des transports pour les bénéficiaires de la C2S (ex-CMU-C)."],
      invalid: ["Le ticket de bus coûte 1,60 € pour tous les voyageurs."],
    },
    {
      scope: "cnav_allocation_rentree_scolaire",
      valid: [
        "Une aide aux fournitures de 30 € est réservée aux familles bénéficiaires de l'allocation de rentrée scolaire.",
      ],
      invalid: ["La rentrée scolaire aura lieu le 2 septembre ; la cantine coûte 3,20 € le repas."],
    },
  ],
};
