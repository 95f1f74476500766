/**
 * quotient-familial: the QF is justified where the price or the aid varies with the family's
 * quotient familial (CAF, MSA or municipal): a grid, tranches, a percentage of the QF. Not where
 * the QF is only defined, asked for as a paper, proposed, or ruled out. The reading itself is the
 * tariff_by_quotient_familial signal (signals/tariff-by-quotient-familial.ts).
 */

import { byKey, type ScopeRule } from "./family";

/** The criterion's words, for "à vérifier" rather than "non justifiée" (see ScopeFamily.vocabulary). */
const QF_WORDS = /\bquotients?(?: famil\w+)?\b|\bq\.?f\.?(?![a-z])|\bchiffres? (?:caf|msa)\b/g;

export const quotientFamilial: ScopeRule = {
  id: "quotient-familial",
  title: "Quotient familial CAF",
  guide: "Pour le quotient familial de la CAF : une grille tarifaire dépendant du quotient.",
  scopes: ["cnaf_quotient_familial"],
  signal: "tariff_by_quotient_familial",
  families: [
    {
      id: "quotient-familial",
      matches: byKey("cnaf_quotient_familial"),
      reason: "le tarif ou l'aide varie selon le quotient familial",
      need: "un tarif ou une aide qui varie selon le quotient familial (grille, tranches, pourcentage du QF)",
      ask: "un tarif selon le quotient familial",
      justify: (_reading, signals) => signals.tariff_by_quotient_familial.evidence,
      vocabulary: QF_WORDS,
    },
  ],
  cases: [
    {
      scope: "cnaf_quotient_familial",
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
        "Le tarif applicable est déterminé selon la tranche de quotient familial de la famille.",
        "QF de 0 à 400 € : 0,80 € ; QF de 401 à 700 € : 1,60 €.",
        "Les familles dont le quotient est inférieur à 600 € bénéficient d'une réduction de 50 %.",
        "Prix de la journée : 0,36 % du quotient familial.",
        "Quotient familial | Tarif journée\n< 500 | 5,00\n500 - 1000 | 8,00",
        "Le premier tarif à 10 € concernera tous les ménages ayant un quotient familial égal ou inférieur à 700.",
        "Tarif 1 : QF ≤ 450 ; Tarif 2 : 451 ≤ QF ≤ 800 ; Tarif 3 : QF > 800.",
        "TRANCHE | QF mensuel | Tarif annuel\n1 | Inférieur ou égal à 450 € | 30 €",
        "Une aide de 100 € est versée aux familles dont le QF CAF est inférieur à 800 €.",
        "Tranches de quotient familial\tTarif\n0 - 450\t1,10 €\n451 - 800\t2,20 €",
        "Les tarifs sont modulés en fonction des revenus des familles selon le quotient familial CAF (tranches A à E).",
        "Article 2 : La participation familiale est fixée selon le barème suivant établi sur la base du QF : QF < 500 : 3 € ; QF ≥ 500 : 5 €.",
        "Tarif T1 (QF jusqu'à 600 €) : 0,50 € ; T2 (QF de 601 à 1 200 €) : 1,50 €.",
        "Le prix de la séance correspond à 0,8 % du quotient familial mensuel, avec un plancher de 1 € et un plafond de 6 €.",
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
        "Le quotient familial est égal au revenu fiscal de référence divisé par le nombre de parts.",
        "Les tranches pourraient être établies en fonction du quotient familial, propose l'opposition.",
        "Quotient = revenu fiscal de référence / nombre de personnes du foyer ; T1 : 9,24 €.",
        "Le QF n'est pas retenu pour la tarification du conservatoire : tarif unique de 150 €.",
        "Fournir l'attestation de quotient familial de la CAF ; le repas coûte 3,20 €.",
        "Quotient = revenu fiscal de référence / nombre de personnes vivant au foyer.\nTranche 1 : Quotient < 10 000 € : repas à 5 €",
        "Le quotient familial ne sera plus pris en compte à compter de la rentrée : tarif unique de 3 €.",
        "Il n'est pas tenu compte du quotient familial pour le tarif des sorties (10 €).",
        "Les familles sont invitées à fournir leur attestation de quotient familial avant le 30 septembre. Repas : 3 €.",
      ],
    },
  ],
};
