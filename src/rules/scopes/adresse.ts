/**
 * adresse: the address is justified where the price, the aid or the access differs with where
 * the family lives: residents and "extérieurs", "hors (de la) commune", "non-résidents", two
 * prices. Not a proof of address, school catchment, or the same price for all. The reading
 * itself is the tariff_by_residence signal (signals/tariff-by-residence.ts).
 */

import { byKey, type ScopeRule } from "./family";

/** The criterion's words, for "à vérifier" rather than "non justifiée" (see ScopeFamily.vocabulary). */
export const RESIDENCE_WORDS =
  /\b(?:hors|en dehors) (?:de |du )?(?:la |le )?(?:commune|territoire|ville|agglomeration|communaute)\b|\bexterieu\w+\b|\bnon[\s-]?residents?\b|\bresidents?\b|\b(?:domicilie|residant|demeurant|habitant)\w*\b|\b(?:lieu|commune) de (?:residence|domicile)\b|\bautres? communes?\b/g;

export const adresse: ScopeRule = {
  id: "adresse",
  title: "Adresse du foyer",
  guide: "Pour l'adresse : le tarif est différent suivant que la personne habite ou non sur le territoire.",
  scopes: ["cnaf_adresse"],
  signal: "tariff_by_residence",
  families: [
    {
      id: "adresse",
      matches: byKey("cnaf_adresse"),
      reason: "le tarif, l'aide ou l'accès diffère selon le lieu de résidence",
      need: "un tarif, une aide ou un accès différent selon que la famille réside ou non sur le territoire",
      ask: "un tarif différent selon le lieu de résidence",
      justify: (_reading, signals) => signals.tariff_by_residence.evidence,
      vocabulary: RESIDENCE_WORDS,
    },
  ],
  cases: [
    {
      scope: "cnaf_adresse",
      valid: [
        "Le tarif réduit de 2 € est réservé aux habitants de la commune.",
        "Le tarif de l'école de musique est fixé selon la commune de résidence de l'élève : 120 € ou 240 €.",
        "Tarif intra-muros : 2 € ; tarif extra-muros : 3,50 €.",
        { text: "Tarif extérieur : 5,20 € – Tarif commune : 3,10 €", quoteIncludes: "extérieur" },
        "Les familles domiciliées hors de la commune acquittent un tarif majoré de 20 %.",
        "Repas | Commune | Hors commune\nEnfant | 3,20 € | 4,80 €",
        "Une majoration de 50 % est appliquée aux non-résidents.",
        "L'aide est réservée aux familles résidant sur le territoire communautaire.",
        "Le tarif réduit est accordé aux seuls enfants lyonnais.",
        "COMMUNE DE BELLERIVE\nLa commune accorde une aide de 30 € aux familles de Bellerive dont les enfants partent en classe de découverte.",
        "Adhésion annuelle | Vernet | Hors Vernet\nCarte jeune | 12,00 € | 24,00 €",
        "Habitants de la commune : 45 € par an ; autres communes : 90 € par an.",
        "TARIF EXTERIEURS : 6,00 EUROS LA SEANCE",
        "Les enfants dont les parents ne sont pas domiciliés sur la commune paient un supplément de 1 € par repas.",
        "Un tarif majoré est appliqué aux familles dont le domicile est situé hors de la commune.",
        "Les enfants domiciliés en dehors de la commune paient 4,50 € le repas.",
        "Pour les usagers résidant à l'extérieur de la commune, le tarif est de 6 €.",
        "Les élèves non rouennais acquittent des droits de scolarité de 240 €.",
        "Un tarif unique de 150 € est appliqué aux non-Villeneuvois.",
        "Les familles ne résidant pas sur la commune se verront appliquer le tarif B.",
        "Les familles n'habitant pas la commune paient 5 € par séance.",
        "Les enfants domiciliés dans une autre commune paient le tarif plein de 4 €.",
        "Le tarif applicable aux habitants des communes extérieures est de 3,80 €.",
        "Tarifs | Résidents | Non-résidents\nRepas | 3,00 € | 4,50 €",
        "Quotient familial | Habitants de Vernet | Extérieurs\n0 à 500 | 1,20 € | 2,40 €",
        "Une participation supplémentaire de 10 € est demandée aux familles résidant hors du territoire communautaire.",
        "Les enfants de la commune bénéficient d'un tarif préférentiel de 2,10 €.",
        "Le tarif réduit est réservé aux habitants de la communauté de communes.",
        "Tarif hors CCVA : 25 € ; tarif CCVA : 15 €.",
        "Les usagers extérieurs à l'agglomération acquittent un droit d'entrée majoré.",
        "Le prix du repas est fixé à 3,50 € pour les enfants domiciliés sur la commune et à 5 € pour les autres.",
        "Les participants non domiciliés sur le territoire paient une cotisation de 40 €.",
        "Les tarifs sont différenciés selon le lieu de résidence de la famille.",
        "Tarif A (commune) : 12 € ; Tarif B (hors commune) : 18 €.",
        "Pour les enfants habitant une autre commune, une majoration de 25 % s'applique.",
        "Le tarif « extérieur » s'applique aux familles qui ne résident pas à Vernet.",
        "Les résidents de la commune bénéficient d'une réduction de 50 % sur l'abonnement.",
        "TARIFS 2024\tCommune\tHors commune\nRepas\t3,20\t4,50\nGoûter\t0,80\t1,10",
        "Tarifs            Habitants        Extérieurs\nJournée           12,00 €          18,00 €",
        "Catégorie | Vernetois | Non Vernetois\nAdulte | 5 € | 8 €",
        "Article 3 : Les usagers non domiciliés dans la commune acquittent un tarif majoré de 30 %.",
        "Les familles résidant hors du périmètre de la communauté de communes paient le double.",
        "Le tarif « résident » s'applique aux familles domiciliées à Vernet ; les autres familles paient le tarif « non-résident ».",
        "Tarif extérieur : 7,50 € la séance.",
        "Pour les enfants scolarisés dans la commune mais domiciliés ailleurs, le tarif extérieur s'applique.",
      ],
      invalid: [
        "Le restaurant scolaire accueille les enfants de la commune ; le prix du repas est de 3,20 €.",
        "Les habitants de la commune sont invités à une réunion publique sur les tarifs de l'eau.",
        // school catchment, not a price
        "Les enfants domiciliés hors secteur scolaire doivent solliciter une dérogation auprès du maire.",
        // a proof of address with no price difference
        "Pièces à fournir : justificatif de domicile de moins de trois mois, attestation de la CAF.",
        // "personnes extérieures" meaning people outside the service
        "Tarifs : repas enfant 3,10 € ; repas adulte 5,50 €. L'accès au restaurant est interdit aux personnes extérieures au service.",
        // the difference denied
        "Aucune majoration n'est appliquée aux familles domiciliées hors de la commune : tarif unique de 3 €.",
        "Le tarif de 2,50 € est le même pour tous les usagers, quel que soit leur lieu de résidence.",
        // residents of a care home
        "Le tarif hébergement des résidents de l'EHPAD est fixé à 62,40 € par jour.",
        // school sites, not residence
        "Prix du repas dans les écoles de Marsac et de Vernet : 3,40 €, pour tous les élèves.",
        "Un justificatif de domicile de moins de trois mois est demandé lors de l'inscription ; le tarif est de 3 €.",
        "Monsieur Jean Dupont, domicilié 12 rue des Lilas à Vernet, est nommé régisseur des recettes de la cantine.",
        "Les enfants hors secteur scolaire doivent demander une dérogation.",
        "Tarif unique de 3 € hors vacances scolaires.",
        "Les prix sont indiqués hors taxes : 12 € le repas.",
        "Le même tarif s'applique aux habitants de la commune et aux extérieurs : 3 €.",
        "Le tarif de 2,50 € est identique pour tous, quelle que soit la commune de résidence.",
        "Les personnes extérieures au service ne sont pas admises dans la salle de restauration (repas 3 €).",
        "Le tarif du repas est de 3,20 € ; les repas hors délai sont facturés 4 €.",
        "Les habitants de la commune sont invités à la réunion sur les tarifs.",
        "La commune de résidence de l'enfant est indiquée sur la fiche d'inscription ; le tarif est de 4 €.",
        "Le tarif de 5 € s'applique aux enfants hors temps scolaire.",
        "Les élèves domiciliés à plus de 3 km de l'école bénéficient du transport gratuit.",
        "Les tarifs s'appliquent à tous les usagers de la piscine intercommunale : entrée 3 €.",
        "Le service est ouvert aux habitants de la commune ; tarif : 2 €.",
        "L'inscription se fait en mairie du lieu de résidence, le tarif est de 3 €.",
        "Le tarif est fixé selon le quotient familial : 3 € ou 5 €. Le centre accueille les enfants domiciliés sur la commune ; le goûter est compris.",
      ],
    },
  ],
};
