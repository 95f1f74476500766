/**
 * The procès-verbal of a council meeting with several items, one of which fixes the
 * canteen tariffs. Towns often upload the minutes instead of the extrait; in the annex
 * variant the grid itself is missing, which is when the instructor asks for the tariff act.
 */

import { createRng } from "../random";
import { addDays, effectiveFrom, euros, formatDate, roundTo, wholeEuros } from "./format";
import { bodyFor, byGender, civName, signName, type ActContext, type WrittenAct } from "./frame";
import { gridLines, priceLadder, qfBrackets } from "./grids";
import { councillors } from "./names";

export function councilMinutes(gridInAnnex: boolean) {
  return (ctx: ActContext): WrittenAct => {
    const rng = createRng(ctx.seed);
    const { issuer } = ctx;
    const body = bodyFor(issuer.kind);
    const members = councillors(rng, issuer.seats - 3, [issuer.head, issuer.deputy, issuer.secretary]);
    const absentWithProxy = members.slice(0, rng.int(1, 3));
    const absent = members.slice(absentWithProxy.length, absentWithProxy.length + rng.int(0, 2));
    const present = members.slice(absentWithProxy.length + absent.length);
    const voters = present.length + 3 + absentWithProxy.length;
    const names = (people: readonly { lastName: string }[]) => people.map((p) => p.lastName).join(", ");
    const effect = effectiveFrom(ctx.date);
    const previous = addDays(ctx.date, -rng.int(28, 60));
    const year = ctx.date.getUTCFullYear();
    const itemNumber = (n: number) => `${year}-${String(Number(ctx.number.slice(-3)) + n).padStart(3, "0")}`;
    const against = rng.int(2, 5);
    const maire = byGender(issuer.head, "Monsieur le Maire", "Madame le Maire");
    const deputy = issuer.deputy;
    const opposition = present[0] ?? issuer.secretary;
    const brackets = qfBrackets(rng);
    const prices = priceLadder(rng, brackets.length, [0.9, 1.6], [0.35, 0.7]);
    const outsiders = roundTo((prices[prices.length - 1] ?? 4) + rng.between(0.8, 1.6), 0.05);
    const adjustment = rng.int(8, 40) * 500;

    const canteenBody = gridInAnnex
      ? `${civName(deputy)} présente la grille tarifaire de la restauration scolaire et de l'accueil périscolaire pour l'année ${effect.schoolYear}. Cette grille, modulée en fonction des ressources des familles, est jointe en annexe à la délibération. Elle comporte une hausse moyenne de 3 % destinée à couvrir l'augmentation du prix des denrées prévue au marché de fourniture des repas.\n\nAprès en avoir délibéré, le conseil municipal, par ${voters - against} voix pour et ${against} voix contre, approuve la grille tarifaire annexée à la présente délibération, applicable à compter du ${formatDate(effect.date)}.`
      : `${civName(deputy)} présente les tarifs proposés pour l'année ${effect.schoolYear}. Le prix du repas reste modulé selon le quotient familial (QF) calculé par la CAF ou la MSA, et un tarif distinct s'applique aux enfants dont la famille n'est pas domiciliée sur la commune :\n\n${gridLines(brackets, prices, "par repas", rng.int(0, 2))}\nExtérieurs (familles domiciliées hors commune) : ${euros(outsiders)} par repas\n\nAprès en avoir délibéré, le conseil municipal, par ${voters - against} voix pour et ${against} voix contre, adopte ces tarifs à compter du ${formatDate(effect.date)}.`;

    const text = [
      `RÉPUBLIQUE FRANÇAISE\n${issuer.departementLabel}\n${issuer.name.toUpperCase()}`,
      `PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL\ndu ${formatDate(ctx.date)}`,
      `Conseillers en exercice : ${issuer.seats} — Présents : ${present.length + 3} — Votants : ${voters}`,
      `Le conseil municipal, régulièrement convoqué, s'est réuni ${body.venue} sous la présidence de ${civName(issuer.head)}, Maire.`,
      `Présents : Mmes et MM. ${issuer.head.lastName}, ${issuer.deputy.lastName}, ${issuer.secretary.lastName}, ${names(present)}.\nAbsents ayant donné pouvoir : ${absentWithProxy.map((p, i) => `${civName(p)} (pouvoir à ${civName(present[i] ?? issuer.deputy)})`).join(", ")}.${absent.length > 0 ? `\nAbsents excusés : ${absent.map(civName).join(", ")}.` : ""}\nSecrétaire de séance : ${civName(issuer.secretary)}.`,
      `Le quorum étant atteint, ${maire} ouvre la séance à 19 h 00.`,
      `1. Approbation du procès-verbal de la séance du ${formatDate(previous)}\n\nLe procès-verbal est approuvé à l'unanimité, sans observation.`,
      `2. Finances – Décision modificative n° 1 du budget principal (délibération n° ${itemNumber(-1)})\n\n${maire} présente les ajustements de crédits rendus nécessaires par la hausse des dépenses d'énergie, soit ${wholeEuros(adjustment)} inscrits au chapitre 011, équilibrés par une recette de dotation supérieure à la prévision. Le conseil municipal adopte la décision modificative à l'unanimité.`,
      `3. Affaires scolaires – Tarifs de la restauration scolaire ${effect.schoolYear} (délibération n° ${ctx.number})\n\n${canteenBody}\n\n${civName(opposition)} regrette que la hausse porte aussi sur les premières tranches. ${maire} rappelle que le prix payé par les familles reste très inférieur au coût du repas.`,
      `4. Sports – Convention de mise à disposition du gymnase au collège (délibération n° ${itemNumber(1)})\n\nLe conseil municipal autorise le Maire à signer avec le Département et le collège la convention d'utilisation du gymnase municipal pour l'enseignement de l'éducation physique, moyennant une participation horaire fixée par la convention. Adopté à l'unanimité.`,
      `5. Questions diverses\n\nLes travaux de réfection de la cour de l'école élémentaire débuteront pendant les prochaines vacances scolaires. La prochaine séance est prévue en ${rng.pick(["septembre", "octobre", "novembre", "décembre"])}.`,
      `L'ordre du jour étant épuisé, la séance est levée à ${rng.pick(["20 h 45", "21 h 10", "21 h 30"])}.`,
      `Le Maire,\n${signName(issuer.head)}\n\n${byGender(issuer.secretary, "Le secrétaire de séance", "La secrétaire de séance")},\n${signName(issuer.secretary)}`,
      `Procès-verbal arrêté lors de la séance suivante et publié sur le site internet de la commune le ${formatDate(addDays(ctx.date, rng.int(30, 45)))}.`,
    ].join("\n\n");

    return {
      title: `Procès-verbal de la séance du conseil municipal du ${formatDate(ctx.date)}`,
      fileName: `PV_CM_${ctx.date.toISOString().slice(0, 10)}.pdf`,
      text,
      reference: `le procès-verbal de la séance du ${formatDate(ctx.date)} (point 3, délibération n° ${ctx.number})`,
      summary: `Procès-verbal du conseil municipal du ${formatDate(ctx.date)}, point 3 : délibération n° ${ctx.number} fixant les tarifs de la restauration scolaire${gridInAnnex ? " (grille en annexe)" : ""}`,
    };
  };
}
