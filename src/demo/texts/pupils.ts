/**
 * Optional aids for pupils voted by a département (collège canteen) and a région (first
 * equipment of lycéens): the acts that justify the men_statut_* and men_echelon_bourse scopes.
 */

import { effectiveFrom, euros, formatDate, roundTo, wholeEuros } from "./format";
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
import { gridLines, priceLadder, qfBrackets } from "./grids";

/** withQuotient adds help for non-grant-holding families by quotient familial. */
export function collegeCanteenAid(withQuotient: boolean) {
  return (ctx: ActContext): WrittenAct => {
    const frame = deliberationFrame(ctx);
    const { rng, body } = frame;
    const effect = effectiveFrom(ctx.date);
    const steps = [
      roundTo(rng.between(0.6, 0.9), 0.05),
      roundTo(rng.between(1.1, 1.5), 0.05),
      roundTo(rng.between(1.8, 2.4), 0.05),
    ];
    const budget = rng.int(6, 18) * 100_000;
    const qfLimit = rng.pick([600, 650, 700]);
    const plenary = new Date(Date.UTC(ctx.date.getUTCFullYear() - 1, rng.int(0, 11), rng.int(1, 28)));

    const articleList = [
      `Une aide départementale à la restauration scolaire est instituée au profit des collégiens demi-pensionnaires scolarisés dans un collège public du département et bénéficiaires d'une bourse nationale de collège, à compter du ${formatDate(effect.date)}.`,
      `Le montant de l'aide, déduit de la facture de demi-pension, dépend de l'échelon de la bourse nationale de collège :\n\nÉchelon 1 : ${euros(steps[0] ?? 0)} par repas\nÉchelon 2 : ${euros(steps[1] ?? 0)} par repas\nÉchelon 3 : ${euros(steps[2] ?? 0)} par repas`,
    ];
    if (withQuotient) {
      articleList.push(
        `Les familles d'élèves demi-pensionnaires non boursiers dont le quotient familial CAF ou MSA est inférieur ou égal à ${wholeEuros(qfLimit)} bénéficient d'une aide de ${euros(0.5)} par repas.`,
      );
    }
    articleList.push(
      "Le statut de boursier de l'élève et l'échelon de sa bourse sont vérifiés par le Département auprès des services de l'éducation nationale, par voie d'échange de données, sans que les familles aient à produire la notification de bourse. Les familles sont informées de ce traitement lors de l'inscription à la demi-pension.",
      "L'aide est versée trimestriellement aux collèges, sur production de l'état des repas consommés par les élèves bénéficiaires, certifié par le chef d'établissement.",
      `Les crédits nécessaires, estimés à ${wholeEuros(budget)} pour une année scolaire, sont inscrits au chapitre 65 du budget départemental.`,
      executionArticle(ctx),
    );

    const text = [
      frame.header,
      `Objet : Éducation – Aide départementale à la restauration scolaire des collégiens boursiers – Année scolaire ${effect.schoolYear}`,
      "Le rapport présenté rappelle que le Département fixe les tarifs de la restauration scolaire des collèges publics et que, malgré la bourse nationale, le coût de la demi-pension conduit certaines familles à y renoncer. Il est proposé de compléter l'aide de l'État par une aide départementale graduée selon l'échelon de bourse.",
      visas([
        body.competenceVisa,
        "Vu le Code de l'éducation, notamment ses articles L213-2, L531-1 relatif aux bourses nationales de collège et R531-52 ;",
        `Vu la délibération du conseil départemental du ${formatDate(plenary)} portant délégation d'attributions à la commission permanente ;`,
      ]),
      "Considérant que la fréquentation de la demi-pension contribue à la réussite scolaire et à l'équilibre alimentaire des collégiens ;",
      `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
      "DÉCIDE :",
      articles(articleList),
      frame.closing,
    ].join("\n\n");

    return {
      title: titleForDeliberation(ctx),
      fileName: deliberationFileName(ctx, "aide_restauration_collegiens_boursiers"),
      text,
      reference: referenceForDeliberation(ctx),
      summary: summaryForDeliberation(
        ctx,
        "instituant une aide à la restauration scolaire des collégiens boursiers selon l'échelon de bourse",
      ),
    };
  };
}

export function lyceeEquipmentAid(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const effect = effectiveFrom(ctx.date);
  const brackets = qfBrackets(rng).slice(0, 3);
  const amounts = priceLadder(rng, 3, [60, 90], [40, 70], 10).reverse();
  // The three first brackets always have an upper bound: above the third, no aid.
  const ceiling = brackets[2]?.to ?? 1000;

  const text = [
    frame.header,
    `Objet : Lycées – Aide régionale au premier équipement des lycéens – Modalités d'attribution ${effect.schoolYear}`,
    "Le rapport rappelle que l'entrée en lycée, en particulier dans les filières professionnelles, impose aux familles l'achat d'un équipement (tenues, outillage, calculatrice, ordinateur) dont le coût peut dépasser plusieurs centaines d'euros. La Région propose une aide forfaitaire modulée selon les ressources des familles et le statut boursier de l'élève.",
    visas([
      body.competenceVisa,
      "Vu le Code de l'éducation, notamment ses articles L214-6 et L531-4 ;",
      "Vu le budget primitif de la Région ;",
    ]),
    "Considérant la volonté de la Région de garantir l'égalité des chances dès l'entrée au lycée ;",
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Une aide au premier équipement est attribuée aux élèves inscrits, à la rentrée ${effect.schoolYear.slice(0, 4)}, en première année de CAP, en seconde professionnelle ou en seconde générale et technologique dans un lycée public ou privé sous contrat de la région. Le statut d'élève scolarisé est vérifié auprès des services de l'éducation nationale.`,
      `Le montant de l'aide dépend du quotient familial (QF) CAF ou MSA de la famille :\n\n${gridLines(brackets, amounts, "par élève", 1)}\n\nAucune aide n'est due au-delà d'un QF de ${wholeEuros(ceiling)}.`,
      "Les lycéens boursiers dont la bourse nationale de lycée relève des échelons 4 à 6 bénéficient du montant de la tranche 1, quel que soit le quotient familial de leur famille. Le statut boursier et l'échelon sont vérifiés par échange de données avec le ministère chargé de l'éducation nationale.",
      "La demande est déposée en ligne par la famille avant le 31 décembre de l'année scolaire concernée. L'aide est versée directement à la famille.",
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, "aide_premier_equipement_lyceens"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(
      ctx,
      "fixant les conditions d'attribution de l'aide au premier équipement des lycéens",
    ),
  };
}
