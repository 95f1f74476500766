import { signalTable } from "../../support/rule-tester";

signalTable("tariff_by_number_of_children", {
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
  ],
});
