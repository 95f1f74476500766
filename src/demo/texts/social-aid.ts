/**
 * A CCAS board délibération: optional aids whose amount depends on the quotient familial,
 * reserved to residents, with RSA beneficiaries placed in the first bracket.
 */

import { effectiveFrom, formatDate, roundTo, wholeEuros } from "./format";
import {
  articles,
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

export function ccasOptionalAid(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const effect = effectiveFrom(ctx.date);
  const limits = rng.pick([
    [400, 550, 700],
    [450, 600, 750],
    [380, 520, 680],
  ] as const);
  const food = [roundTo(rng.between(55, 80), 5), roundTo(rng.between(35, 50), 5), roundTo(rng.between(15, 30), 5)];
  const energy = roundTo(rng.between(120, 250), 10);
  const months = rng.pick([3, 6]);

  const foodGrid = limits
    .map((limit, index) => {
      const from = index === 0 ? 0 : (limits[index - 1] ?? 0) + 1;
      return `Tranche ${index + 1} — QF de ${from} à ${wholeEuros(limit)} : ${wholeEuros(food[index] ?? 0)} par mois pour une personne seule, majorés de ${wholeEuros(10 + 5 * (2 - index))} par personne supplémentaire au foyer`;
    })
    .join("\n");

  const text = [
    frame.header,
    `Objet : Règlement des aides sociales facultatives – Conditions d'attribution et barème applicables au ${formatDate(effect.date)}`,
    "Le rapporteur présente le projet de règlement des aides facultatives, établi à partir de l'analyse des besoins sociaux. Il rappelle que les aides étaient jusqu'ici accordées après examen de budgets détaillés, procédure lourde pour les demandeurs et source d'inégalités entre les dossiers. Le nouveau règlement fixe des critères objectifs, fondés sur le quotient familial et la situation au regard des minima sociaux.",
    visas([
      body.competenceVisa,
      "Vu l'analyse des besoins sociaux présentée au conseil d'administration ;",
      "Vu le budget primitif du centre communal d'action sociale ;",
    ]),
    [
      "Considérant que le CCAS anime une action générale de prévention et de développement social et peut intervenir au moyen de prestations en espèces ou en nature ;",
      "Considérant qu'il convient de garantir l'égalité de traitement des demandeurs par des conditions d'attribution publiques ;",
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Peuvent bénéficier des aides du présent règlement les personnes résidant sur ${body.territory} depuis au moins ${months} mois à la date de la demande. Les personnes hébergées ou domiciliées administrativement au CCAS sont réputées remplir cette condition.`,
      `L'aide alimentaire, attribuée sous forme de chèques d'accompagnement personnalisé pour une durée de trois mois renouvelable une fois, est calculée selon le quotient familial (QF) CAF ou MSA du foyer :\n\n${foodGrid}\n\nAucune aide alimentaire n'est attribuée au-delà d'un QF de ${wholeEuros(limits[2])}.`,
      "Les bénéficiaires du revenu de solidarité active (RSA) sont réputés remplir la condition de ressources et relèvent de la tranche 1, sur simple vérification de leur droit ouvert au mois de la demande.",
      `Une aide exceptionnelle au paiement des factures d'énergie, d'un montant maximal de ${wholeEuros(energy)} par année civile, peut être accordée aux foyers dont le QF est inférieur ou égal à ${wholeEuros(limits[1])}, sur présentation de la facture impayée.`,
      "Le demandeur communique son numéro d'allocataire CAF ou MSA ; à défaut, il produit tout justificatif de ressources des trois derniers mois. Les demandes sont instruites par les travailleurs sociaux du CCAS et soumises à la commission permanente des aides, qui statue dans un délai de quinze jours.",
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "reglement_aides_facultatives"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(
      ctx,
      "adoptant le règlement des aides sociales facultatives (barème selon le quotient familial, bénéficiaires du RSA)",
    ),
  };
}
