import { signalTable } from "../../support/rule-tester";

signalTable("tariff_by_residence", {
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
  ],
});
