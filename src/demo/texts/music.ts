/**
 * Conservatoire / école de musique fees: a yearly fee by quotient familial with a resident
 * and a non-resident column, the typical act that justifies cnaf_adresse.
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
import { bracketLabel, priceLadder, qfBrackets, trancheName } from "./grids";

export function musicSchoolByResidence(ctx: ActContext): WrittenAct {
  const frame = deliberationFrame(ctx);
  const { rng, body } = frame;
  const effect = effectiveFrom(ctx.date);
  const large = ctx.issuer.seats > 30;
  const school = large ? "conservatoire à rayonnement communal" : "école municipale de musique et de danse";
  const brackets = qfBrackets(rng);
  const residents = priceLadder(rng, brackets.length, [60, 110], [25, 55], 1);
  const factor = rng.pick([1.5, 1.8, 2]);
  const style = rng.int(0, 2);
  const grid = brackets
    .map((bracket, index) => {
      const fee = residents[index] ?? 100;
      return `${trancheName(index, true)} — ${bracketLabel(bracket, style)} : résidents ${wholeEuros(fee)} par an / non-résidents ${wholeEuros(roundTo(fee * factor, 1))} par an`;
    })
    .join("\n");
  const sibling = rng.pick([10, 15, 20]);
  const instrument = roundTo(rng.between(60, 140), 5);

  const text = [
    frame.header,
    `Objet : ${large ? "Conservatoire" : "École municipale de musique et de danse"} – Droits d'inscription pour l'année ${effect.schoolYear}`,
    `Le rapporteur rappelle que le ${school} accueille chaque année plusieurs centaines d'élèves, enfants et adultes, et que les droits d'inscription couvrent une part limitée du coût de l'enseignement. La grille proposée tient compte des ressources des familles et du lieu de résidence des élèves, la commune supportant seule la charge de l'établissement.`,
    visas([
      body.competenceVisa,
      "Vu le Code de l'éducation, notamment son article L216-2 relatif aux établissements d'enseignement artistique ;",
      `Vu le règlement intérieur du ${school} ;`,
    ]),
    [
      "Considérant que l'accès à l'enseignement artistique doit rester ouvert à toutes les familles, quelles que soient leurs ressources ;",
      "Considérant que les habitants de la commune financent le fonctionnement de l'établissement et qu'il est légitime de distinguer résidents et non-résidents ;",
    ].join("\n"),
    `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
    "DÉCIDE :",
    articles([
      `Les droits d'inscription annuels au ${school} (formation musicale et pratique instrumentale) sont fixés comme suit à compter du ${formatDate(effect.date)}, selon le quotient familial (QF) et le lieu de résidence :\n\n${grid}`,
      `Sont considérés comme résidents les élèves dont au moins l'un des responsables légaux, ou l'élève majeur lui-même, est domicilié sur ${body.territory}. Les autres élèves acquittent le tarif non-résidents. Le domicile est apprécié au jour de l'inscription.`,
      `Une réduction de ${sibling} % est consentie à partir du deuxième élève mineur d'une même famille inscrit la même année.`,
      `La location d'un instrument appartenant à l'établissement est fixée à ${wholeEuros(instrument)} par an. Les élèves adultes acquittent le tarif de la dernière tranche de leur catégorie de résidence.`,
      "Les droits sont payables en une fois ou en trois échéances (octobre, janvier, avril). Tout trimestre commencé est dû, sauf déménagement ou raison médicale justifiée.",
      executionArticle(ctx),
    ]),
    frame.closing,
  ].join("\n\n");

  return {
    title: titleForDeliberation(ctx),
    fileName: deliberationFileName(ctx, large ? "tarifs_conservatoire" : "tarifs_ecole_musique"),
    text,
    reference: referenceForDeliberation(ctx),
    summary: summaryForDeliberation(
      ctx,
      `fixant les droits d'inscription au ${school} selon le quotient familial et la résidence`,
    ),
  };
}
