import { signalTable } from "../../support/rule-tester";

signalTable("tariff_by_quotient_familial", {
  valid: [
    {
      text: "Les tarifs de la cantine sont calculés en fonction du quotient familial de la CAF.",
      quoteIncludes: "quotient familial",
    },
    "QF | Tarif\n0 à 500 € | 1,00 €\n501 à 900 € | 2,50 €\n901 € et plus | 3,60 €",
    "Tranche 1 (QF inférieur ou égal à 600) : 1,50 €\nTranche 2 (QF de 601 à 1000) : 2,60 €",
    "Tarif horaire = 0,5 % du QF, avec un minimum de 0,40 € et un maximum de 2,50 €.",
    "Les tranches de tarif sont déterminées à partir du chiffre CAF figurant sur l'attestation de paiement.",
    "TARIFS SELON LE QUOTIENT FAMILIAL : TRANCHE A 2,10 EUROS",
    "La participation des familles est modulée selon le Q.F. municipal.",
    "Tranche A (allocataires CAF, attestation de moins de 3 mois) : 2,10 €\nTranche B : 3,40 €",
    "le reste à payer par les parents est modulé d'après leur quotient\nfamilial, de 20 % à 80 % du prix du séjour",
  ],
  invalid: [
    "Tarif unique de 3,20 € le repas, quel que soit le quotient familial.",
    "Le quotient familial n'est pas pris en compte pour le calcul du tarif de la garderie.",
    "Le tarif est identique pour toutes les familles, sans condition de quotient familial.",
    "Le quotient familial est calculé par la CAF à partir des ressources et de la composition du foyer.",
    "La participation familiale est calculée par application d'un taux d'effort aux ressources mensuelles du foyer.",
    "La commune ne pratique pas de tarification au quotient familial : tarif de 2,90 €.",
    "Le QF ne sera plus utilisé à compter de 2024 ; tarif unique de 2,90 €.",
    "Tranches établies selon le revenu fiscal de référence : Tranche A : 1,20 € ; Tranche B : 2,40 €.",
  ],
});
