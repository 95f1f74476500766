import { signalTable } from "../../support/rule-tester";

signalTable("fixes_tariffs", {
  valid: [
    // the title of an act cut before its grid still declares its object
    "Tarifs des accueils de loisirs 2024 – révision\nMes chers collègues,\nAprès en avoir délibéré, je vous propose",
    { text: "Repas enfant : 3,45 €\nRepas adulte : 5,80 €", quoteIncludes: "3,45 €" },
    "Grille tarifaire de la cantine\nTranche | QF | Tarif\nA | 0 à 450 | 1,10\nB | 451 à 800 | 2,20\nC | 801 et plus | 3,30",
    "Le conseil municipal fixe comme suit les tarifs de l'accueil périscolaire à compter du 1er septembre 2024 :",
    "Objet : Révision des tarifs du conservatoire à rayonnement communal",
    "OBJET : SEJOURS D'ETE - PARTICIPATION DES FAMILLES",
    "La participation des familles est égale à 0,45 % du quotient familial par heure de présence.",
    "Le tarif de l'accueil du matin est de 1,80 € par jour et par enfant.",
    "TARIFS GARDERIE\nMatin : 1,50€\nSoir : 2,OO €",
    "D'approuver la grille tarifaire ci-dessous applicable au 1er janvier.",
    "La redevance annuelle de l'école de musique est fixée à 180 euros pour les élèves mineurs.",
    // the heading block of a report to the council names its object,
    "Délibération 4-1 du 3 juillet 2023\n\nVILLE DE VERNET - CONSEIL MUNICIPAL - SÉANCE DU 3 JUILLET 2023\n\nRAPPORT AU CONSEIL MUNICIPAL\n\nÉCOLE DE MUSIQUE\n\nTARIFS\n\nANNÉE 2023-2024\n\nM. Martin, adjoint, présente le rapport suivant :\nMes chers collègues, l'école accueille 300 élèves.",
    // the object named as a noun in the minutes of the session,
    "COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL\nIl s'agit de la fixation du barème des participations familiales pour l'accueil périscolaire à compter du 1er septembre.",
    "Tarif du repas : entre 3,09 € et 4,42 € selon la tranche.",
  ],
  invalid: [
    // a resources threshold of the national scale, not a price
    "Barème de la CNAF : plancher de ressources mensuelles 801,00 € ; plafond 7 000,00 €.",
    // a web page titled "Tarifs" that gives none
    "Tarifs de la cantine\nPour connaître les tarifs, adressez-vous au service enfance.",
    // an agenda item announces a délibération, it does not fix anything
    "Ordre du jour :\n- Tarifs de la restauration scolaire\n- Approbation des tarifs de l'eau\n- Questions diverses",
    "Madame la Maire souhaite ajouter un point sur la tarification du restaurant scolaire lors de la prochaine séance.",
    // public-domain fees, a subsidy, a cost price: no service price to people
    "Les droits de place du marché hebdomadaire s'élèvent à 1,20 € le mètre linéaire.",
    "Une subvention de 1 500 € est attribuée à l'association des parents d'élèves.",
    "Le coût de revient d'un repas s'élève à 7,80 € pour la commune.",
    // a calculation rule for the QF, a national scale: no tariff of the collectivité
    "Le quotient familial est calculé en divisant les ressources mensuelles du foyer par le nombre de parts.",
    "Le barème national de la CNAF fixe un taux d'effort de 0,0619 % des ressources pour un enfant.",
    // an earlier act recalled in a visa or in the past tense
    "Vu la délibération du 12 mars 2019 fixant les tarifs de la cantine ;",
    "Par délibération du 3 mai 2018, le conseil municipal avait fixé les tarifs.",
    "À terme, il serait souhaitable de fixer des tarifs plus équitables pour les familles.",
    // bracket bounds are not prices,
    "Les tarifs varient selon le quotient familial de la famille :\nT1 De 0,00 € à 4 573,47 €\nT2 De 4 573,48 € à 9 146,94 €\nT3 Au-delà de 9 146,95 €",
    // a press article announcing a revision, without prices,
    "Le maire annonce une révision des tarifs de la cantine à la rentrée, selon le quotidien régional.",
  ],
});
