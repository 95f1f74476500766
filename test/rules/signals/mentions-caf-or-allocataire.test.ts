import { signalTable } from "../../support/rule-tester";

signalTable("mentions_caf_or_allocataire", {
  valid: [
    { text: "Joindre l'attestation de quotient familial délivrée par la CAF.", quoteIncludes: "CAF" },
    "Les allocataires de la MSA fournissent leur attestation annuelle.",
    "Indiquer le numéro d'allocataire sur la fiche d'inscription.",
    "avec le soutien financier de la Caisse d'Allocations Familiales",
    "la C.A.F. participe au financement du centre de loisirs",
    "barème national de la CNAF",
    "MUTUALITE SOCIALE AGRICOLE",
  ],
  invalid: [
    "Le café est offert aux parents lors de la réunion de rentrée.",
    "La cafétéria du collège est ouverte de 11 h 30 à 13 h 30.",
    "Allocation de rentrée scolaire versée en août.",
    "Taxe d'aménagement : taux de 5 %.",
    "Maison France services (ex-MSAP) : accueil le mardi.",
  ],
});
