/**
 * A flat tariff, stated as such: the act names the quotient familial only to say it is not
 * used. It is the counter-example the annotator must not read as a quotient familial grid.
 */

import { effectiveFrom, euros, formatDate, roundTo } from "./format";
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

export type FlatService = "cantine" | "loisirs" | "musique";

interface ServiceWords {
  readonly object: string;
  readonly unit: string;
  readonly range: readonly [number, number];
  readonly visa: string;
  readonly slug: string;
  readonly purpose: string;
  readonly billing: string;
}

const SERVICES: Record<FlatService, ServiceWords> = {
  cantine: {
    object: "Restauration scolaire – Tarif unique du repas",
    unit: "par repas",
    range: [2.6, 3.9],
    visa: "Vu le Code de l'éducation, notamment son article R531-52 ;",
    slug: "tarif_cantine",
    purpose: "fixant un tarif unique du repas de restauration scolaire",
    billing:
      "La facturation est mensuelle, à terme échu. Les repas non pris pour maladie de plus de deux jours consécutifs, justifiée par un certificat médical, ne sont pas facturés.",
  },
  loisirs: {
    object: "Accueil de loisirs du mercredi et des vacances – Tarif unique de la journée",
    unit: "par journée, repas et goûter compris",
    range: [9, 16],
    visa: "Vu le Code de l'action sociale et des familles, notamment son article L227-4 ;",
    slug: "tarif_accueil_loisirs",
    purpose: "fixant un tarif unique de l'accueil de loisirs",
    billing:
      "La facturation est mensuelle, à terme échu. Toute journée réservée est due, sauf absence pour maladie justifiée par un certificat médical.",
  },
  musique: {
    object: "École de musique – Cotisation annuelle unique",
    unit: "par élève et par an",
    range: [120, 210],
    visa: "Vu le Code de l'éducation, notamment son article L216-2 ;",
    slug: "cotisation_ecole_musique",
    purpose: "fixant la cotisation annuelle de l'école de musique",
    billing:
      "La cotisation est payable à l'inscription, en une fois ou en trois échéances. Elle reste due pour l'année entière, sauf déménagement ou raison médicale justifiée.",
  },
};

export function flatTariff(service: FlatService) {
  return (ctx: ActContext): WrittenAct => {
    const frame = deliberationFrame(ctx);
    const { rng, body } = frame;
    const words = SERVICES[service];
    const effect = effectiveFrom(ctx.date);
    const price = roundTo(rng.between(words.range[0], words.range[1]), service === "musique" ? 5 : 0.05);
    const families = rng.int(35, 140);

    const text = [
      frame.header,
      `Objet : ${words.object} à compter du ${formatDate(effect.date)}`,
      `Le rapporteur expose que le service accueille en moyenne ${families} ${service === "musique" ? "élèves" : "enfants"}. Une grille modulée selon les ressources avait été étudiée en commission ; compte tenu du faible nombre de familles concernées et de la charge de gestion qu'elle représenterait pour un secrétariat réduit, il est proposé de conserver un tarif identique pour toutes les familles et de réviser son montant pour tenir compte de la hausse du coût des denrées et de l'énergie.`,
      visas([body.competenceVisa, words.visa]),
      [
        "Considérant que le tarif proposé reste inférieur au coût de revient du service, le solde étant pris en charge par le budget général ;",
        "Considérant que les familles en difficulté peuvent solliciter une aide auprès du centre communal d'action sociale, qui apprécie chaque situation au cas par cas ;",
      ].join("\n"),
      `Après en avoir délibéré, ${body.theCouncil}, ${frame.vote},`,
      "DÉCIDE :",
      articles([
        `À compter du ${formatDate(effect.date)}, le tarif est fixé à ${euros(price)} ${words.unit}. Ce tarif unique s'applique à tous les enfants inscrits, sans condition de ressources.`,
        "Le quotient familial n'est pas pris en compte pour la détermination de ce tarif, et aucune pièce justificative de ressources n'est demandée aux familles.",
        `Aucune majoration n'est appliquée aux familles domiciliées hors ${body.territory.replace(/^le /, "du ").replace(/^la /, "de la ")}, le service étant ouvert dans les mêmes conditions à tous.`,
        words.billing,
        executionArticle(ctx),
      ]),
      frame.closing,
    ].join("\n\n");

    return {
      title: titleForDeliberation(ctx),
      fileName: deliberationFileName(ctx, words.slug),
      text,
      reference: referenceForDeliberation(ctx),
      summary: summaryForDeliberation(ctx, words.purpose),
    };
  };
}
