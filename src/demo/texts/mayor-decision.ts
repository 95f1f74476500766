/**
 * A décision du maire taken under the council's delegation (CGCT L2122-22, 2°): not a
 * délibération, yet a valid act fixing tariffs. Instructors sometimes refuse it by mistake.
 */

import { createRng } from "../random";
import { addDays, euros, formatDate, roundTo } from "./format";
import { actesId, articles, recourse, signName, type ActContext, type WrittenAct } from "./frame";
import { gridLines, priceLadder, qfBrackets } from "./grids";

export function mayorDecisionOnTariffs(ctx: ActContext): WrittenAct {
  const rng = createRng(ctx.seed);
  const { issuer } = ctx;
  // Summer stays are priced in spring; a decision signed after May prices next summer's.
  const year = ctx.date.getUTCFullYear() + (ctx.date.getUTCMonth() <= 4 ? 0 : 1);
  const delegation = new Date(Date.UTC(2020, rng.int(5, 6), rng.int(2, 28)));
  const cap = rng.pick([3, 5, 10]);
  const nights = rng.pick([4, 5]);
  const brackets = qfBrackets(rng);
  const prices = priceLadder(rng, brackets.length, [70, 110], [25, 45], 1);
  const outsiders = rng.pick([30, 40, 50]);
  const deposit = roundTo(rng.between(30, 60), 5);
  const transmission = addDays(ctx.date, rng.int(0, 3));

  const text = [
    `RÉPUBLIQUE FRANÇAISE\n${issuer.departementLabel}\n${issuer.name.toUpperCase()}`,
    `DÉCISION DU MAIRE N° ${ctx.number}\nprise par délégation du conseil municipal en application de l'article L2122-22 du Code général des collectivités territoriales`,
    `Objet : Accueil de loisirs – Tarifs des séjours d'été ${year}`,
    `Le Maire de la commune de ${issuer.place},`,
    [
      "Vu le Code général des collectivités territoriales, notamment ses articles L2122-22 (2°) et L2122-23 ;",
      `Vu la délibération du conseil municipal du ${formatDate(delegation)} portant délégation au Maire, pour la durée du mandat, du pouvoir de fixer les tarifs des droits prévus au profit de la commune qui n'ont pas un caractère fiscal, dans la limite d'une augmentation annuelle de ${cap} % ;`,
      "Vu la délibération fixant les tarifs de l'accueil de loisirs pour l'année en cours ;",
    ].join("\n"),
    [
      `Considérant l'organisation par l'accueil de loisirs municipal de deux séjours de ${nights} nuits en juillet ${year}, l'un pour les 6-11 ans, l'autre pour les 12-15 ans ;`,
      "Considérant qu'il convient de fixer la participation des familles en tenant compte de leurs ressources, selon les tranches de quotient familial déjà appliquées à l'accueil de loisirs ;",
    ].join("\n"),
    "DÉCIDE :",
    articles([
      `La participation des familles aux séjours d'été ${year} est fixée comme suit, par enfant et par séjour de ${nights} nuits, transport, hébergement, repas et activités compris, selon le quotient familial (QF) CAF ou MSA de la famille :\n\n${gridLines(brackets, prices, "le séjour", rng.int(0, 2))}`,
      `Pour les enfants dont les responsables légaux ne sont pas domiciliés sur la commune, ces tarifs sont majorés de ${outsiders} %, dans la limite des places restant disponibles à la clôture des inscriptions réservées aux habitants.`,
      `Un acompte de ${euros(deposit)} est demandé à l'inscription ; il n'est remboursé qu'en cas d'annulation pour raison médicale justifiée. Le solde est facturé après le séjour. Les aides aux vacances de la CAF et les chèques-vacances sont acceptés.`,
      "Il sera rendu compte de la présente décision au conseil municipal lors de sa prochaine séance, conformément à l'article L2122-23 du Code général des collectivités territoriales.",
      "Le directeur général des services et le comptable public sont chargés, chacun en ce qui le concerne, de l'exécution de la présente décision, qui sera inscrite au registre des décisions du Maire.",
    ]),
    `Fait à ${issuer.place}, le ${formatDate(ctx.date)}\n\nLe Maire,\n${signName(issuer.head)}`,
    `Transmise en préfecture le ${formatDate(transmission)} et publiée le ${formatDate(transmission)}.\nAccusé de réception : ${actesId(ctx, "AR", transmission)}`,
    recourse(issuer.tribunal, "la présente décision"),
  ].join("\n\n");

  return {
    title: `Décision du Maire n° ${ctx.number} du ${formatDate(ctx.date)}`,
    fileName: `Decision_maire_${ctx.number.replace(/[^A-Za-z0-9]/g, "_")}_tarifs_sejours_ete.pdf`,
    text,
    reference: `la décision du Maire n° ${ctx.number} du ${formatDate(ctx.date)}`,
    summary: `Décision du Maire n° ${ctx.number} du ${formatDate(ctx.date)}, prise par délégation du conseil municipal (article L2122-22 du CGCT), fixant les tarifs des séjours d'été de l'accueil de loisirs`,
  };
}
