/**
 * The "acte tarifaire": the grid annexed to a délibération, as a town hall uploads it once
 * the instructor has asked for it. Its context's number and date are those of the
 * délibération it belongs to.
 */

import { createRng } from "../random";
import { addDays, effectiveFrom, euros, formatDate, roundTo } from "./format";
import { actesId, signName, type ActContext, type WrittenAct } from "./frame";
import { gridLines, multiColumnLines, priceLadder, qfBrackets } from "./grids";

export function tariffAnnex(ctx: ActContext): WrittenAct {
  const rng = createRng(ctx.seed);
  const { issuer } = ctx;
  const effect = effectiveFrom(ctx.date);
  const brackets = qfBrackets(rng);
  const n = brackets.length;
  const style = rng.int(0, 2);
  const meals = priceLadder(rng, n, [0.8, 1.5], [0.35, 0.7]);
  const top = meals[n - 1] ?? 4;
  const outsiders = roundTo(top + rng.between(0.8, 1.6), 0.05);
  const periscolaire = [
    { label: "matin", prices: priceLadder(rng, n, [0.4, 0.8], [0.1, 0.25]) },
    { label: "soir", prices: priceLadder(rng, n, [0.7, 1.1], [0.15, 0.35]) },
  ];
  const wednesday = priceLadder(rng, n, [3.5, 6], [1, 2], 0.1);
  const reduction = rng.pick([15, 20, 25]);
  const received = addDays(ctx.date, rng.int(2, 6));

  const text = [
    issuer.name.toUpperCase(),
    `ANNEXE À LA DÉLIBÉRATION N° ${ctx.number} DU CONSEIL MUNICIPAL DU ${formatDate(ctx.date).toUpperCase()}`,
    `Grille des tarifs des services municipaux à l'enfance\nApplicable à compter du ${formatDate(effect.date)} (année scolaire ${effect.schoolYear})`,
    `1. Restauration scolaire – prix du repas\n\n${gridLines(brackets, meals, "", style)}\nExtérieurs (familles non domiciliées sur la commune) : ${euros(outsiders)}\nRepas adulte : ${euros(roundTo(top + 1.5, 0.05))}`,
    `2. Accueil périscolaire – par présence\n\n${multiColumnLines(brackets, periscolaire, style)}`,
    `3. Accueil de loisirs du mercredi – journée avec repas\n\n${gridLines(brackets, wednesday, "", style)}`,
    [
      "Modalités d'application",
      "- Le quotient familial (QF) retenu est celui calculé par la CAF ou la MSA, consulté lors de l'inscription puis au 1er janvier.",
      "- La famille indique son numéro d'allocataire CAF ou MSA ; l'identité des parents et la composition de la famille sont vérifiées à partir de ce numéro.",
      `- Une réduction de ${reduction} % est appliquée sur les tarifs 2 et 3 à partir du 3e enfant d'une même famille inscrit simultanément.`,
      "- Sans justificatif du QF, le tarif de la tranche la plus élevée est appliqué.",
    ].join("\n"),
    `Vu pour être annexé à la délibération n° ${ctx.number} du ${formatDate(ctx.date)}.\n\nÀ ${issuer.place}, le ${formatDate(addDays(ctx.date, 1))}\nLe Maire,\n${signName(issuer.head)}`,
    `Reçu en préfecture le ${formatDate(received)}\nAccusé de réception : ${actesId(ctx, "DE", received)}`,
  ].join("\n\n");

  return {
    title: `Annexe à la délibération n° ${ctx.number} — Grille tarifaire ${effect.schoolYear}`,
    fileName: `Annexe_tarifs_${effect.schoolYear}_DCM_${ctx.number.replace(/[^A-Za-z0-9]/g, "_")}.pdf`,
    text,
    reference: `l'annexe tarifaire de la délibération n° ${ctx.number} du ${formatDate(ctx.date)}`,
    summary: `Annexe tarifaire de la délibération n° ${ctx.number} du conseil municipal du ${formatDate(ctx.date)} (grille selon le quotient familial)`,
  };
}
