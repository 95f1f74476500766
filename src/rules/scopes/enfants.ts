/**
 * enfants: the children are justified where the price or the aid depends on how many children
 * the family has or on their rank: "à partir du 3e enfant", "frères et sœurs", columns per child,
 * "familles nombreuses". Not the children inside the QF's definition, nor a livret de famille.
 * The reading itself is the tariff_by_number_of_children signal (signals/tariff-by-number-of-children.ts).
 */

import { byKey, type ScopeRule } from "./family";

/** The criterion's words, for "à vérifier" rather than "non justifiée" (see ScopeFamily.vocabulary). */
export const CHILDREN_WORDS =
  /\bfratries?\b|\bfreres?\b|\bs(?:oe|\u0153)urs?\b|\bfamilles? nombreuses?\b|\bnombre d'enfants\b|\b(?:[2-9]\s?(?:e|eme|ieme)|deuxieme|second|troisieme|quatrieme) enfants?\b|\benfants? (?:supplementaires?|suivants?)\b|\bplusieurs enfants\b|\b[2-9] enfants\b/g;

export const enfants: ScopeRule = {
  id: "enfants",
  title: "Enfants du foyer",
  guide: "Pour les enfants connus de la CAF : les tarifs ou les aides suivant le nombre d'enfants.",
  scopes: ["cnaf_enfants"],
  signal: "tariff_by_number_of_children",
  families: [
    {
      id: "enfants",
      matches: byKey("cnaf_enfants"),
      reason: "le tarif ou l'aide dépend du nombre ou du rang des enfants",
      need: "un tarif ou une aide qui dépend du nombre ou du rang des enfants (réduction fratrie, « à partir du 3e enfant »)",
      ask: "un tarif selon le nombre ou le rang des enfants",
      justify: (_reading, signals) => signals.tariff_by_number_of_children.evidence,
      vocabulary: CHILDREN_WORDS,
    },
  ],
  cases: [
    {
      scope: "cnaf_enfants",
      valid: [
        "Taux d'effort horaire\n1 enfant | 2 enfants | 3 enfants\n0,0619 % | 0,0516 % | 0,0413 %",
        "À partir de 2 enfants inscrits, une réduction de 10 % s'applique.",
        "Tarif spécifique pour les familles de 3 enfants et plus : 1,50 € le repas.",
        { text: "Réduction de 20 % à partir du 3e enfant inscrit.", quoteIncludes: "3e enfant" },
        "Tarif dégressif : 1er enfant 3,20 € ; 2ème enfant 2,80 € ; 3ème enfant et suivants 2,40 €.",
        "Une réduction fratrie de 10 % est appliquée sur la facture mensuelle.",
        "| 1 enfant | 2 enfants | 3 enfants et plus |\n| 45 € | 80 € | 110 € |",
        "Le tarif varie selon le nombre d'enfants inscrits de la même famille : 12 € pour un enfant, 20 € pour deux.",
        "Aide de 50 € par enfant à charge pour les familles éligibles.",
        "A PARTIR DU 2EME ENFANT : GRATUITE DU TRANSPORT",
        "prix minoré pour le 4° enfant et au-delà",
        "Le taux d'effort appliqué aux ressources de la famille dépend du nombre d'enfants à charge.",
        "Abattement de 15 % par enfant supplémentaire.",
        "Une réduction de 10 % est consentie à partir du deuxième élève d'une même famille.",
        "Les familles nombreuses paient 2 € par repas au lieu de 3 €.",
        "Une réduction de 10 % est accordée pour les frères et sœurs inscrits au centre de loisirs.",
        "Tarif dégressif : 15 € pour le premier enfant, 12 € pour le deuxième, 10 € à partir du troisième.",
        "Lorsque plusieurs enfants d'une même famille sont inscrits, le tarif est réduit de 20 %.",
        "La tarification est identique à celle du mercredi en termes de prix, de nombre d'enfants et de quotient familial.",
        "Les tarifs varient selon le quotient familial et le nombre d'enfants à charge.",
        "Les familles nombreuses bénéficient d'un abattement de 15 % sur la facture.",
        "Quotient | 1 enfant | 2 enfants | 3 enfants et +\n0-500 | 2,10 € | 1,90 € | 1,70 €",
        "Gratuité à partir du 4ème enfant inscrit.",
        "Tarif fratrie : 8 € par enfant à partir du deuxième enfant.",
        "Le deuxième frère ou la deuxième sœur bénéficie d'une remise de 5 €.",
        "Tarif | 1er enfant | 2e enfant | 3e enfant et suivants\nCantine | 3,00 € | 2,70 € | 2,40 €",
        "Sur présentation de la carte famille nombreuse, le tarif réduit de 2 € est appliqué.",
        "Une minoration de 0,20 € par repas est appliquée dès le 2ème enfant.",
        "Le taux d'effort est dégressif en fonction du nombre d'enfants à charge : 0,06 % pour 1 enfant, 0,05 % pour 2 enfants.",
        "Nombre d'enfants\t1\t2\t3 et +\nTarif mensuel\t30 €\t25 €\t20 €",
        "Tarif dégressif : -10 % pour le 2ème enfant, -20 % pour le 3ème enfant inscrit.",
        "À partir de deux enfants inscrits, une remise de 15 % est appliquée sur la facture.",
        "Famille de 3 enfants et plus : 2,50 € ; autres familles : 3 €.",
        "Réduction de 50 % pour le troisième enfant et les suivants.",
        "Tarif unique par famille quel que soit le nombre d'enfants à charge, sauf pour les familles de quatre enfants qui bénéficient de la gratuité.",
      ],
      invalid: [
        "Les fratries sont accueillies dans le même groupe.\nTarif : 3 € la journée.",
        // children only in the definition of the QF or of tax parts
        "Le QF, calculé d'après les ressources du ménage et le nombre d'enfants à charge, détermine la tranche de prix.",
        "Une demi-part supplémentaire est comptée à partir du 3e enfant dans le calcul du quotient.",
        "Le coût annuel représente 300 € de plus pour une famille de 2 enfants.",
        "Pièces à fournir : livret de famille, carnet de santé de l'enfant.",
        "Tarif unique de 3 € par enfant et par jour.",
        "Pas de réduction fratrie : chaque enfant paie le tarif plein de 4,10 €.",
        "Le tarif de 2,80 € est identique quel que soit le nombre d'enfants inscrits.",
        "Le quotient familial est calculé en divisant les revenus par le nombre de parts, lequel dépend du nombre d'enfants.",
        "Fournir le livret de famille et l'attestation CAF ; le tarif du repas est de 3 €.",
        "Le centre de loisirs accueille les enfants de 3 à 11 ans ; le tarif est de 12 € la journée.",
        "Le tarif est de 4 € par enfant et par jour.",
        "En 2023, 45 enfants ont fréquenté la cantine au tarif de 3 €.",
        "Le tarif est identique quel que soit le nombre d'enfants inscrits : 3 €.",
        "QF = revenu brut global / nombre de parts fiscales (2 parts pour un couple, 0,5 part par enfant).",
        "La priorité d'inscription est donnée aux familles inscrivant une fratrie.",
        "Les enfants de moins de 2 ans sont accueillis gratuitement.",
        "Tarif : 3,20 € le repas. Les frères et sœurs sont accueillis dans la même classe.",
        "Quel que soit le nombre d'enfants inscrits, le tarif est de 3 €.",
        "Le nombre d'enfants accueillis est limité à 40 par jour ; tarif 12 €.",
      ],
    },
  ],
};
