/**
 * Social pricing of an urban transport network voted by the organising authority (an
 * EPCI): jobseekers and C2S beneficiaries, optionally a quotient familial pass.
 */

import { effectiveFrom, euros, formatDate, roundTo, wholeEuros } from "./format";
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

export function transportSocialPricing(withQuotient: boolean) {
  return (ctx: ActContext): WrittenAct => {
    const frame = deliberationFrame(ctx);
    const { rng, body } = frame;
    const effect = effectiveFrom(ctx.date);
    const { deputy } = ctx.issuer;
    const network = `réseau de transport urbain de ${ctx.issuer.place}`;
    const monthly = roundTo(rng.between(26, 42), 1);
    const jobseeker = rng.pick([0, 3, 5, 7]);
    const c2sRate = rng.pick([50, 60, 75]);
    const c2sPrice = roundTo(monthly * (1 - c2sRate / 100), 0.5);
    const qfLimits = rng.pick([
      [500, 750],
      [450, 700],
      [550, 800],
    ] as const);
    const months = rng.pick([6, 12]);

    const articleList = [
      `La gamme tarifaire du ${network} est complétée, à compter du ${formatDate(effect.date)}, par les titres solidaires définis ci-après. L'abonnement mensuel tout public demeure fixé à ${euros(monthly)}.`,
      `Les demandeurs d'emploi inscrits à France Travail (anciennement Pôle emploi) en catégorie A, B ou C et domiciliés sur ${body.territory} bénéficient ${jobseeker === 0 ? "de la gratuité de l'abonnement mensuel" : `d'un abonnement mensuel au tarif de ${euros(jobseeker)}`}, pour une durée de ${months} mois renouvelable tant que l'inscription est maintenue.`,
      `Conformément à l'article L1113-1 du Code des transports, les bénéficiaires de la complémentaire santé solidaire (C2S) bénéficient d'une réduction de ${c2sRate} % sur l'abonnement mensuel, soit ${euros(c2sPrice)} par mois.`,
    ];
    if (withQuotient) {
      articleList.push(
        `Un abonnement « solidaire famille » est ouvert aux autres foyers selon leur quotient familial (QF) CAF ou MSA :\n\nTranche 1 — QF de 0 à ${wholeEuros(qfLimits[0])} : ${euros(roundTo(monthly * 0.25, 0.5))} par mois\nTranche 2 — QF de ${qfLimits[0] + 1} à ${wholeEuros(qfLimits[1])} : ${euros(roundTo(monthly * 0.5, 0.5))} par mois\nAu-delà : tarif tout public.`,
      );
    }
    articleList.push(
      "Les droits sont ouverts à l'agence commerciale ou en ligne. Le statut de demandeur d'emploi et le droit à la C2S sont vérifiés par échange de données avec les organismes concernés ; à défaut, le demandeur présente une attestation de moins de trois mois. Aucune autre pièce n'est exigée.",
      "Le délégataire du service public de transport applique ces tarifs ; la perte de recettes correspondante est compensée dans les conditions prévues par le contrat de délégation.",
      executionArticle(ctx),
    );

    const text = [
      frame.header,
      `Objet : Mobilités – Tarification solidaire du ${network}`,
      `${civName(deputy)}, ${byGender(deputy, "vice-président chargé", "vice-présidente chargée")} des mobilités, rappelle que le coût du transport constitue un frein à l'accès à l'emploi et aux soins pour les personnes aux revenus modestes. La loi impose aux autorités organisatrices une réduction tarifaire en faveur des personnes dont les ressources n'excèdent pas le plafond de la complémentaire santé solidaire ; il est proposé d'aller au-delà en faveur des demandeurs d'emploi.`,
      visas([
        body.competenceVisa,
        "Vu le Code des transports, notamment ses articles L1113-1, L1231-1 et L1231-3 ;",
        "Vu le contrat de délégation de service public du réseau de transport urbain et ses avenants ;",
      ]),
      "Considérant que la communauté est autorité organisatrice de la mobilité sur son ressort territorial ;",
      `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
      "DÉCIDE :",
      articles(articleList),
      frame.closing,
    ].join("\n\n");

    return {
      title: titleForDeliberation(ctx),
      fileName: deliberationFileName(ctx, "tarification_solidaire_transports"),
      text,
      reference: referenceForDeliberation(ctx),
      summary: summaryForDeliberation(
        ctx,
        "fixant la tarification solidaire des transports (demandeurs d'emploi, bénéficiaires de la C2S)",
      ),
    };
  };
}
