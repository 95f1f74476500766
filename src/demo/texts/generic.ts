/**
 * The délibération the guide warns against: it decides to use API Particulier "to consume
 * CAF data" on the sole basis of article L114-8 CRPA and fixes no tariff or condition, so
 * data minimisation cannot be checked and the tariff act has to be requested.
 */

import {
  articles,
  bodyFor,
  deliberationFileName,
  deliberationFrame,
  executionArticle,
  referenceForDeliberation,
  summaryForDeliberation,
  titleForDeliberation,
  visas,
  type ActContext,
  type WrittenAct,
} from "./frame";

const SERVICE_LISTS: Record<string, string> = {
  commune: "la restauration scolaire, les accueils périscolaires et l'accueil de loisirs",
  epci: "les services intercommunaux à la population",
  ccas: "les aides sociales instruites par le centre communal d'action sociale",
  departement: "les aides départementales aux familles et aux collégiens",
  region: "les aides régionales aux lycéens et aux apprentis",
};

export function genericApiParticulier(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const services = SERVICE_LISTS[ctx.issuer.kind] ?? SERVICE_LISTS.commune ?? "";
  const delegate = rng.pick([
    "le directeur général des services",
    "la directrice générale des services",
    "le responsable du service des systèmes d'information",
  ]);
  const retention = rng.pick([
    "la durée strictement nécessaire à l'instruction de la démarche",
    "un an à compter de la fin de la démarche",
  ]);

  const text = [
    frame.header,
    "Objet : Adhésion au dispositif API Particulier – Simplification des démarches administratives des usagers",
    `Le rapporteur expose que l'État met à la disposition des collectivités le service API Particulier, opéré par la direction interministérielle du numérique, qui permet d'obtenir directement auprès des administrations détentrices certaines informations sur les usagers, avec leur accord, au lieu de leur réclamer des justificatifs. Ce service s'inscrit dans le principe « Dites-le-nous une fois », qui dispense les usagers de fournir des informations déjà détenues par une administration. Son utilisation pour ${services} réduirait les pièces demandées aux familles et le temps consacré à leur vérification.`,
    visas([
      body.competenceVisa,
      "Vu le Code des relations entre le public et l'administration, notamment son article L114-8 ;",
    ]),
    [
      "Considérant que l'échange de données entre administrations simplifie les démarches des usagers ;",
      "Considérant que l'accès à API Particulier est subordonné à une demande d'habilitation précisant le cadre juridique de la démarche ;",
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      "D'utiliser API Particulier pour consommer les données de la CAF (quotient familial, composition de la famille, adresse) et, le cas échéant, celles d'autres administrations, dans le cadre des démarches proposées aux usagers.",
      `D'autoriser ${bodyFor(ctx.issuer.kind).headTitle(ctx.issuer.head).replace(/^L/, "l")} à déposer la demande d'habilitation correspondante et à signer tout document nécessaire à sa mise en œuvre.`,
      `De désigner ${delegate} comme interlocuteur technique et de charger le délégué à la protection des données d'inscrire le traitement au registre des activités de traitement.`,
      `De conserver les données obtenues pendant ${retention}, les agents habilités étant seuls autorisés à les consulter.`,
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "adhesion_API_Particulier"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: `${summaryForDeliberation(ctx, "relative à l'utilisation d'API Particulier")} (article L114-8 du CRPA)`,
  };
}
