/**
 * Périscolaire and accueil de loisirs: a quotient familial grid with several columns, a
 * reduction from the third child and the CAF allocataire number checked at enrolment, so
 * that one act justifies cnaf_quotient_familial, cnaf_enfants and cnaf_allocataires.
 */

import { addDays, effectiveFrom, formatDate } from "./format";
import {
  articles,
  byGender,
  civName,
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
import { multiColumnLines, priceLadder, qfBrackets } from "./grids";

export function leisureWithSiblingReduction(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const { deputy } = ctx.issuer;
  const effect = effectiveFrom(ctx.date);
  const brackets = qfBrackets(rng);
  const n = brackets.length;
  const columns = [
    { label: "matin", prices: priceLadder(rng, n, [0.4, 0.8], [0.1, 0.3]) },
    { label: "soir", prices: priceLadder(rng, n, [0.7, 1.2], [0.2, 0.4]) },
    { label: "mercredi", prices: priceLadder(rng, n, [3.5, 6], [1, 2.2], 0.1) },
    { label: "vacances", prices: priceLadder(rng, n, [4, 7], [1.2, 2.5], 0.1) },
  ];
  const reduction = rng.pick([20, 25, 30, 50]);
  const committee = addDays(ctx.date, -rng.int(6, 15));
  const style = rng.int(0, 2);
  const intercommunal = ctx.issuer.kind === "epci";

  const text = [
    frame.header,
    `Objet : Accueils périscolaires et accueil de loisirs sans hébergement – Grille tarifaire ${effect.schoolYear} et réduction pour les familles de trois enfants et plus`,
    `${civName(deputy)}, ${intercommunal ? byGender(deputy, "vice-président", "vice-présidente") : byGender(deputy, "adjoint", "adjointe")} en charge de l'enfance et de la jeunesse, rappelle que la fréquentation des accueils a progressé cette année. ${byGender(deputy, "Il", "Elle")} propose une grille unique pour l'ensemble des accueils, modulée selon le quotient familial, et une mesure en faveur des familles nombreuses.`,
    visas([
      body.competenceVisa,
      "Vu le Code de l'action sociale et des familles, notamment son article L227-4 relatif à la protection des mineurs accueillis collectivement ;",
      "Vu le Code de l'éducation, notamment son article L551-1 relatif aux activités périscolaires ;",
      "Vu la convention d'objectifs et de financement « prestation de service accueil de loisirs sans hébergement » conclue avec la caisse d'allocations familiales ;",
      `Vu l'avis de la commission Enfance et jeunesse du ${formatDate(committee)} ;`,
    ]),
    [
      "Considérant que la prestation de service versée par la CAF suppose une participation des familles modulée selon leurs ressources ;",
      "Considérant qu'il convient d'alléger la charge des familles qui inscrivent simultanément plusieurs enfants ;",
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Les tarifs des accueils périscolaires et de l'accueil de loisirs sont fixés comme suit à compter du ${formatDate(effect.date)}, selon le quotient familial (QF) de la famille (matin et soir : par présence ; mercredi et vacances : par journée, repas compris) :\n\n${multiColumnLines(brackets, columns, style)}`,
      "Les tarifs s'entendent par enfant. Le goûter est compris dans l'accueil du soir. Une présence non réservée est facturée au tarif de la tranche supérieure.",
      `À partir du 3e enfant d'une même fratrie inscrit simultanément aux accueils, une réduction de ${reduction} % est appliquée sur le tarif de chaque enfant à compter du troisième.`,
      "Lors de l'inscription, la famille communique son numéro d'allocataire CAF ou MSA. Les services vérifient que le responsable légal qui inscrit l'enfant est l'allocataire ou son conjoint, et consultent le quotient familial et la composition de la famille à partir de ce numéro.",
      "Les familles non allocataires présentent leur dernier avis d'imposition ; le service calcule alors leur quotient selon la formule de la CAF. Sans justificatif, le tarif de la dernière tranche est appliqué.",
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "tarifs_periscolaire_ALSH"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(
      ctx,
      "fixant les tarifs des accueils périscolaires et de loisirs selon le quotient familial, avec une réduction à partir du troisième enfant",
    ),
  };
}
