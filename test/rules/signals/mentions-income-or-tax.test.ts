import { signalTable } from "../../support/rule-tester";

signalTable("mentions_income_or_tax", {
  valid: [
    { text: "Le tarif est calculé à partir du revenu fiscal de référence du foyer.", quoteIncludes: "revenu fiscal" },
    "Joindre l'avis d'imposition 2023 sur les revenus 2022.",
    "La participation est modulée selon les ressources du foyer.",
    "Une aide destinée aux familles aux revenus modestes.",
    "Plafond de ressources : 1 200 € par mois pour une personne seule.",
    "ressources imposables de l'année N-2",
    "REVENUS DU MENAGE / NOMBRE DE PARTS",
    "Les prix sont modulés en fonction de leurs revenus.",
  ],
  invalid: [
    "La situation financière de la commune impose une hausse des tarifs.",
    "Les revenus des immeubles communaux sont inscrits au budget.",
    "L'aide est accordée sans condition de ressources.",
    "L'accès est gratuit pour tous, quelles que soient leurs ressources.",
    "Le service des ressources humaines instruit les candidatures.",
    "Commission communale des impôts directs : désignation des commissaires.",
    "Taxe d'aménagement : maintien du taux communal.",
  ],
});
