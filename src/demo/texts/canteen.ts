/**
 * School-canteen délibérations: the good example (quotient familial grid plus a higher
 * tariff for families living elsewhere) and a flawed one whose grid rests on tax income,
 * which API Particulier does not serve.
 */

import { addDays, effectiveFrom, euros, formatDate, roundTo, wholeEuros } from "./format";
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
import { gridLines, priceLadder, qfBrackets } from "./grids";

export function canteenByQuotientAndResidence(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const { deputy } = ctx.issuer;
  const effect = effectiveFrom(ctx.date);
  const brackets = qfBrackets(rng);
  const prices = priceLadder(rng, brackets.length, [0.8, 1.5], [0.35, 0.75]);
  const top = prices[prices.length - 1] ?? 4;
  const cost = roundTo(top + rng.between(2.5, 4.5), 0.01);
  const outsiders = roundTo(top + rng.between(0.8, 1.8), 0.05);
  const adult = roundTo(top + rng.between(1, 2.2), 0.05);
  const previous = `${ctx.date.getUTCFullYear() - rng.int(1, 3)}-0${rng.int(10, 99)}`;
  const commission = addDays(ctx.date, -rng.int(8, 20));
  const style = rng.int(0, 2);

  const text = [
    frame.header,
    `Objet : Restauration scolaire – Tarifs applicables à compter du ${formatDate(effect.date)} selon le quotient familial`,
    `${civName(deputy)}, ${byGender(deputy, "adjoint au Maire chargé", "adjointe au Maire chargée")} des affaires scolaires, rappelle que les tarifs de la restauration scolaire n'ont pas été revus depuis la délibération n° ${previous}, alors que le coût de revient d'un repas, denrées, personnel de service et fluides compris, s'établit désormais à ${euros(cost)}. ${byGender(deputy, "Il", "Elle")} propose de maintenir une participation des familles modulée selon leurs ressources et de distinguer les familles qui ne résident pas sur ${body.territory}.`,
    visas([
      body.competenceVisa,
      "Vu le Code de l'éducation, notamment ses articles R531-52 et R531-53 relatifs aux tarifs de la restauration scolaire fournie aux élèves des écoles publiques ;",
      `Vu la délibération n° ${previous} fixant les précédents tarifs de la restauration scolaire ;`,
      `Vu l'avis de la commission Enfance, jeunesse et affaires scolaires réunie le ${formatDate(commission)} ;`,
    ]),
    [
      "Considérant que les tarifs demandés aux familles ne peuvent être supérieurs au coût par usager du service ;",
      "Considérant la volonté de moduler la participation des familles selon leurs ressources, appréciées par le quotient familial de la caisse d'allocations familiales (CAF) ou de la MSA ;",
      `Considérant que les familles non domiciliées sur ${body.territory} ne contribuent pas au financement du service par la fiscalité locale et qu'un tarif distinct peut donc leur être appliqué ;`,
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Les tarifs du repas servi aux élèves des écoles maternelles et élémentaires publiques sont fixés comme suit à compter du ${formatDate(effect.date)}, selon le quotient familial (QF) du foyer :\n\n${gridLines(brackets, prices, "par repas", style)}`,
      `Les enfants dont les responsables légaux ne sont pas domiciliés sur ${body.territory} (« extérieurs » ou « hors commune ») acquittent un tarif de ${euros(outsiders)} par repas, quel que soit leur quotient familial. Les enfants scolarisés en dispositif ULIS ou accueillis par dérogation pour raison médicale bénéficient des tarifs de l'article 1er.`,
      "Le quotient familial retenu est celui calculé par la CAF ou la MSA, consulté par les services au moyen du service d'échange de données de l'État ou, à défaut, sur présentation d'une attestation. Faute de justificatif, le tarif de la tranche la plus élevée est appliqué.",
      `Les tarifs particuliers suivants sont fixés :\n- repas adulte (enseignants, personnels, intervenants) : ${euros(adult)} ;\n- enfant bénéficiant d'un projet d'accueil individualisé avec panier-repas fourni par la famille : ${euros(roundTo(prices[0] ?? 1, 0.05) / 2)} ;\n- repas pris sans inscription préalable : majoration de ${euros(1)}.`,
      `La délibération n° ${previous} est abrogée à compter du ${formatDate(effect.date)}. Les recettes sont imputées au chapitre 70 du budget principal.`,
      executionArticle(ctx, "le comptable public"),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "tarifs_restauration_scolaire"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(
      ctx,
      "fixant les tarifs de la restauration scolaire selon le quotient familial, avec un tarif pour les familles extérieures",
    ),
  };
}

const TAX_THRESHOLDS = [9000, 14000, 19000, 26000] as const;

export function canteenByTaxIncome(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const effect = effectiveFrom(ctx.date);
  const prices = priceLadder(rng, TAX_THRESHOLDS.length + 1, [1.0, 1.6], [0.4, 0.7]);
  const lines = [...TAX_THRESHOLDS, null].map((to, index) => {
    const from = index === 0 ? 0 : (TAX_THRESHOLDS[index - 1] ?? 0) + 1;
    const label = to === null ? `supérieur à ${wholeEuros(from - 1)}` : `de ${wholeEuros(from)} à ${wholeEuros(to)}`;
    return `Tranche ${index + 1} — revenu fiscal de référence par part ${label} : ${euros(prices[index] ?? 0)} par repas`;
  });

  const text = [
    frame.header,
    `Objet : Cantine scolaire – Tarifs ${effect.schoolYear} établis selon le revenu fiscal de référence`,
    `${byGender(ctx.issuer.head, "Monsieur le Maire", "Madame le Maire")} expose que la commune souhaite une tarification plus juste de la cantine et propose de s'appuyer sur l'avis d'imposition des familles, document que toutes les familles reçoivent, y compris celles qui ne perçoivent aucune prestation familiale.`,
    visas([
      body.competenceVisa,
      "Vu le Code de l'éducation, notamment son article R531-52 ;",
      "Vu le Code général des impôts, notamment son article 1417 définissant le revenu fiscal de référence ;",
    ]),
    [
      "Considérant que le revenu fiscal de référence, rapporté au nombre de parts du foyer, reflète les ressources de la famille ;",
      "Considérant que la commune ne dispose pas d'un accès aux informations des caisses d'allocations familiales pour toutes les familles ;",
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Le prix du repas servi à la cantine scolaire est fixé, à compter du ${formatDate(effect.date)}, selon le revenu fiscal de référence figurant sur le dernier avis d'imposition, divisé par le nombre de parts fiscales du foyer :\n\n${lines.join("\n")}`,
      "Les familles remettent chaque année, lors de l'inscription, une copie intégrale de leur dernier avis d'imposition ou de non-imposition. En l'absence de ce document, le tarif de la tranche 5 est appliqué jusqu'à sa production, sans effet rétroactif.",
      "Lorsque les parents sont séparés et imposés séparément, l'avis d'imposition retenu est celui du parent qui assure la garde habituelle de l'enfant.",
      `Le repas adulte est facturé ${euros(roundTo((prices[prices.length - 1] ?? 4) + 1.2, 0.05))}.`,
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "tarifs_cantine"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(ctx, "fixant les tarifs de la cantine scolaire"),
  };
}
