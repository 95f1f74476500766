import { describe, expect, it } from "vitest";
import { createReading } from "../../../src/rules/reading";
import { actOf } from "../../../src/rules/signals/index";
import { documentOf, signalTable } from "../../support/rule-tester";

const MAYOR_DECISION = `DÉCISION DU MAIRE N° 2023-12
Le Maire de Bellerive,
Vu le Code général des collectivités territoriales, notamment son article L2122-22 ;
Vu la délibération du conseil municipal du 3 juin 2020 portant délégation au maire ;
DÉCIDE :
Article 1 : les tarifs du séjour de printemps sont fixés comme suit : 120 € par enfant.
Il sera rendu compte de la présente décision au conseil municipal.`;

const ARRETE = `ARRÊTÉ MUNICIPAL N° 45/2023
Le Maire de la commune de Vernet,
Vu le code général des collectivités territoriales ;
ARRÊTE :
Article 1 : Le tarif de la garderie est fixé à 1,80 € par jour.`;

const MINUTES_WITH_DECISIONS = `COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU 12 AVRIL 2022
Présents : 15 – Votants : 17
Secrétaire de séance : Mme Roux
Compte rendu des décisions prises par le maire par délégation du conseil (article L2122-22 du CGCT) : néant.
Tarifs de la cantine : le conseil municipal, à l'unanimité, approuve les nouveaux tarifs.`;

signalTable("is_deliberation", {
  valid: [
    // OCR noise: "l" read as "I"
    "EXTRAIT DU REGISTRE DES DÉLIBÉRATI0NS\nLe conseil municipal, aprés en avoir déIibéré, approuve.",
    "DÉLIBÉRATION DU CONSEIL COMMUNAUTAIRE\nSéance du 7 février 2024\nObjet : tarifs des centres de loisirs",
    {
      text: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du 4 juillet 2023\nObjet : tarifs de la restauration scolaire",
      quoteIncludes: "REGISTRE DES DÉLIBÉRATIONS",
    },
    "Le Conseil Municipal, après en avoir délibéré, à l'unanimité, DÉCIDE de fixer les tarifs de l'accueil de loisirs.",
    "APRES EN AVOIR DELIBERE, LE CONSEIL COMMUNAUTAIRE APPROUVE LES TARIFS DU CENTRE AQUATIQUE",
    "PROCES-VERBAL DE LA SEANCE DU CONSEIL MUNICIPAL DU 12 AVRIL 2022\nPrésents : 15 - Votants : 17",
    "Nombre de conseillers en exercice : 23\nPrésents : 19\nSecrétaire de séance : M. Martin",
    "Délibération n° 2023-045 du 14 mars 2023\nObjet : tarifs de la restauration scolaire",
    "Le conseil d'administration du CCAS, après en avoir délibéré, adopte le règlement des aides facultatives.",
    "La commission permanente du conseil départemental décide d'attribuer une aide à la demi-pension aux collégiens boursiers.",
    "RAPPORT AU CONSEIL MUNICIPAL\nMes chers collègues, je vous propose d'approuver la grille ci-jointe.",
    "Le Conseil municipal, aprés en avoir délibéré (OCR), vote les tarifs 2024.",
    MINUTES_WITH_DECISIONS,
    // a body that deliberates, with "Délibère :" as its own line,
    "Le Conseil de Paris, siégeant en formation de Conseil municipal,\nVu le projet de délibération du 5 juin ;\nDélibère :\nArticle premier : les participations sont fixées comme suit.",
    // a broken encoding leaves U+FFFD where the accents were,
    "Le Conseil municipal,\nVu le code g\ufffdn\ufffdral des collectivit\ufffds territoriales ;\nApr\ufffds en avoir d\ufffdlib\ufffdr\ufffd,\nD\ufffdcide de fixer les tarifs.",
    // the debate of a session on a draft délibération,
    "M. le président. - Mes chers collègues, nous passons à l'examen du projet de délibération DASCO 57.\nJe donne la parole à Mme Martin.",
    "CONSEIL MUNICIPAL DU 14 MARS 2024\nDélibération n° 2024-12\nObjet : tarifs de la cantine\nLe Conseil municipal,\nVu le code général des collectivités territoriales,\nDÉCIDE\nArticle 1 : les tarifs sont fixés comme suit.",
    "Le Conseil Communautaire, après avoir entendu l'exposé du rapporteur et en avoir délibéré, décide à l'unanimité de fixer les tarifs.",
    "Le comité syndical, réuni le 3 mai 2023 sous la présidence de M. Martin, approuve les tarifs du transport scolaire.",
    "Extrait du procès-verbal des délibérations du conseil municipal\nSéance du 5 juillet 2022\nPoint 4 : tarifs périscolaires. Adopté à l'unanimité.",
    "L'an deux mille vingt-quatre, le douze mars, le Conseil Municipal de la commune de Vernet, dûment convoqué, s'est réuni en session ordinaire à la mairie, sous la présidence de M. Jean Martin, Maire.\nNombre de conseillers : en exercice 15, présents 12, votants 14.",
    "COMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL DU 12 MARS 2024\n1. Tarifs de la restauration scolaire : adoptés à l'unanimité.",
    "DELIBERATION DU CONSEIL DEPARTEMENTAL\nRéunion du 4 avril 2024\nLa Commission permanente, après en avoir délibéré, décide d'attribuer l'aide.",
  ],
  invalid: [
    "Lors de la séance du conseil municipal du 12 mars, la nouvelle grille a été adoptée à l'unanimité, se félicite l'adjointe.",
    "DÉCISION MUNICIPALE N° 12/2024\nLe Maire,\nVu la délibération du 4 juin 2020 lui donnant délégation,\nDÉCIDE : les tarifs du mini-camp sont fixés à 80 €.",
    MAYOR_DECISION,
    ARRETE,
    "Prix des repas – voir la délibération du conseil municipal du 5 juillet 2022 –\nRepas enfant : 3,20 €\nRepas adulte : 5,40 €",
    "Selon l'adjointe aux affaires scolaires, le conseil municipal a décidé d'étendre la gratuité des fournitures.",
    "RÈGLEMENT INTÉRIEUR DU RESTAURANT SCOLAIRE\nArticle 1 – Inscription\nApprouvé par délibération du conseil municipal du 2 mai 2021.",
    "Tarifs 2024 : repas 3,50 €, goûter 0,80 €.",
    "",
    // a press article quoting the council is not its minutes,
    "Le maire a donné la parole aux parents d'élèves lors de la réunion publique sur la cantine.",
    "DÉCIDE :\nArticle 1 : le tarif de la garderie est fixé à 1,80 €.\nLe Maire, par délégation du conseil municipal (article L2122-22).",
    "ARRÊTÉ DU PRÉSIDENT N° 2024-05\nLe Président de la communauté de communes,\nVu la délibération du conseil communautaire portant délégation,\nARRÊTE :\nArticle 1 : les tarifs sont fixés.",
    "La mairie informe les familles que les nouveaux tarifs de la cantine, votés en conseil municipal, s'appliquent dès la rentrée.",
    "Règlement intérieur de l'accueil de loisirs, approuvé par délibération du 12 juin 2023. Article 1 : inscriptions.",
    "Lors du dernier conseil municipal, les élus ont adopté à l'unanimité la nouvelle grille tarifaire de la cantine, explique le maire. Les familles paieront désormais selon leur quotient familial.",
    "Le conseil municipal a décidé lundi soir d'augmenter les tarifs de la piscine. Présents : une vingtaine d'habitants dans le public.",
  ],
});

describe("act kind", () => {
  const kindOf = (text: string) => actOf(createReading(documentOf(text))).kind;

  it.each([
    ["a délibération", "Le conseil municipal, après en avoir délibéré, décide :", "deliberation"],
    ["minutes of a séance", MINUTES_WITH_DECISIONS, "minutes"],
    [
      "an extract of the register inside minutes stays a délibération",
      `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n${MINUTES_WITH_DECISIONS}`,
      "deliberation",
    ],
    ["a mayor's decision by delegation", MAYOR_DECISION, "mayoral_act"],
    ["a mayor's arrêté", ARRETE, "mayoral_act"],
    ["a règlement", "RÈGLEMENT DE FONCTIONNEMENT DU MULTI-ACCUEIL\nArticle 1", "other"],
    ["a tariff page", "Tarifs 2024 : repas 3,50 €.", "unknown"],
  ])("%s", (_what, text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});
