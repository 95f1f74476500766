/**
 * What every extrait du registre shares: the header with the attendance figures, the vote
 * formula and the signature block with the prefecture transmission. Templates only write
 * the object, visas, considérants and articles.
 */

import type { OrganisationKind } from "../../domain/organisation";
import { createRng, type Rng } from "../random";
import {
  addDays,
  dayAndMonthInWords,
  formatDate,
  formatShortDate,
  lowerFirst,
  timeInWords,
  yearInWords,
} from "./format";

export interface Person {
  readonly civility: "M." | "Mme";
  readonly firstName: string;
  readonly lastName: string;
}

/** The collectivité as its acts name it. */
export interface Issuer {
  readonly name: string;
  readonly kind: OrganisationKind;
  /** Where acts are signed: "Montclar-sur-Vienne". */
  readonly place: string;
  /** "de la commune de Montclar-sur-Vienne", to follow "le conseil municipal". */
  readonly ofName: string;
  /** "Département de la Vienne" */
  readonly departementLabel: string;
  readonly departement: string;
  readonly siren: string;
  readonly tribunal: string;
  readonly seats: number;
  readonly head: Person;
  readonly deputy: Person;
  readonly secretary: Person;
}

export interface ActContext {
  readonly issuer: Issuer;
  /** Date of the séance, or of signature for a décision; for an annex, the date of the délibération it belongs to. */
  readonly date: Date;
  readonly number: string;
  readonly seed: number;
}

export interface WrittenAct {
  readonly title: string;
  readonly fileName: string;
  readonly text: string;
  /** "la délibération n° 2024-045 du 12 mars 2024", for motivations. */
  readonly reference: string;
  /** One sentence naming the act, used as the request's legal framework text. */
  readonly summary: string;
}

export const civName = (p: Person) => `${p.civility} ${p.firstName} ${p.lastName}`;
export const signName = (p: Person) => `${p.firstName} ${p.lastName.toUpperCase()}`;
export const byGender = (p: Person, masculine: string, feminine: string) =>
  p.civility === "Mme" ? feminine : masculine;

export interface Body {
  /** "le conseil municipal" */
  readonly theCouncil: string;
  /** "du conseil municipal" */
  readonly ofCouncil: string;
  readonly feminine: boolean;
  readonly register: string;
  readonly members: string;
  readonly venue: string;
  /** The visa of the body's own competence. */
  readonly competenceVisa: string;
  /** "la commune", for "domiciliés sur …" */
  readonly territory: string;
  headTitle(head: Person): string;
}

const presidentTitle = (suffix: string) => (p: Person) => `${byGender(p, "Le Président", "La Présidente")}${suffix}`;

export function bodyFor(kind: OrganisationKind): Body {
  switch (kind) {
    case "epci":
      return {
        theCouncil: "le conseil communautaire",
        ofCouncil: "du conseil communautaire",
        feminine: false,
        register: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE",
        members: "conseillers communautaires",
        venue: "en séance publique dans la salle du conseil, au siège de la communauté",
        competenceVisa:
          "Vu le Code général des collectivités territoriales, notamment ses articles L5211-1, L5211-10 et L2121-29 ;",
        territory: "le territoire communautaire",
        headTitle: presidentTitle(""),
      };
    case "ccas":
      return {
        theCouncil: "le conseil d'administration",
        ofCouncil: "du conseil d'administration",
        feminine: false,
        register:
          "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION DU CENTRE COMMUNAL D'ACTION SOCIALE",
        members: "administrateurs",
        venue: "dans la salle de réunion du CCAS",
        competenceVisa:
          "Vu le Code de l'action sociale et des familles, notamment ses articles L123-5, L123-6, R123-2 et R123-21 ;",
        territory: "la commune",
        headTitle: presidentTitle(" du CCAS"),
      };
    case "departement":
      return {
        theCouncil: "la commission permanente",
        ofCouncil: "de la commission permanente du conseil départemental",
        feminine: true,
        register: "EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL",
        members: "membres",
        venue: "à l'Hôtel du Département, salle des délibérations",
        competenceVisa:
          "Vu le Code général des collectivités territoriales, notamment ses articles L3211-1 et L3211-2 ;",
        territory: "le département",
        headTitle: presidentTitle(" du conseil départemental"),
      };
    case "region":
      return {
        theCouncil: "la commission permanente",
        ofCouncil: "de la commission permanente du conseil régional",
        feminine: true,
        register: "EXTRAIT DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE DU CONSEIL RÉGIONAL",
        members: "membres",
        venue: "à l'Hôtel de Région, salle de l'assemblée",
        competenceVisa:
          "Vu le Code général des collectivités territoriales, notamment ses articles L4221-1 et L4221-5 ;",
        territory: "la région",
        headTitle: presidentTitle(" du conseil régional"),
      };
    default:
      return {
        theCouncil: "le conseil municipal",
        ofCouncil: "du conseil municipal",
        feminine: false,
        register: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL",
        members: "conseillers",
        venue: "en séance publique dans la salle du conseil de la mairie",
        competenceVisa:
          "Vu le Code général des collectivités territoriales, notamment ses articles L2121-29 et L2331-2 ;",
        territory: "la commune",
        headTitle: () => "Le Maire",
      };
  }
}

/** "Maire", "présidente du CCAS": the title after the name in "sous la présidence de …". */
function presidingTitle(body: Body, head: Person): string {
  const title = body.headTitle(head).replace(/^L[ea] /, "");
  return title === "Maire" ? title : lowerFirst(title);
}

export interface Frame {
  readonly rng: Rng;
  readonly body: Body;
  readonly header: string;
  /** "à l'unanimité des membres présents et représentés" or a count of votes. */
  readonly vote: string;
  readonly closing: string;
}

/** The ACTES identifier printed by the prefecture's acknowledgement. */
export function actesId(ctx: ActContext, nature: "DE" | "AR", at: Date = ctx.date): string {
  const ymd = formatShortDate(at).split("/").reverse().join("");
  return `${ctx.issuer.departement.padStart(3, "0")}-${ctx.issuer.siren}-${ymd}-${ctx.number.replace(/[^A-Za-z0-9]/g, "_")}-${nature}`;
}

export function recourse(tribunal: string, what: string): string {
  const of = /^[AEIOUYÉÈ]/.test(tribunal) ? `d'${tribunal}` : `de ${tribunal}`;
  return `Délais et voies de recours : ${what} peut faire l'objet d'un recours devant le tribunal administratif ${of} dans un délai de deux mois à compter de sa publication, y compris par l'application « Télérecours citoyens » (www.telerecours.fr).`;
}

export function deliberationFrame(ctx: ActContext): Frame {
  const rng = createRng(ctx.seed);
  const { issuer } = ctx;
  const body = bodyFor(issuer.kind);
  const present = issuer.seats - rng.int(1, Math.max(2, Math.floor(issuer.seats / 5)));
  const proxies = rng.int(0, Math.min(4, issuer.seats - present));
  const voters = present + proxies;
  const evening = issuer.kind === "commune" || issuer.kind === "epci";
  const [hour, minute] = evening
    ? rng.pick([
        [18, 30],
        [19, 0],
        [20, 0],
        [20, 30],
      ] as const)
    : rng.pick([
        [9, 30],
        [10, 0],
        [14, 30],
      ] as const);
  const convocation = addDays(ctx.date, -rng.int(5, 9));
  const e = body.feminine ? "e" : "";
  const ofMembers = /^[aeiou]/.test(body.members) ? `d'${body.members}` : `de ${body.members}`;
  const topLines =
    issuer.kind === "departement" || issuer.kind === "region"
      ? ["RÉPUBLIQUE FRANÇAISE", issuer.name.toUpperCase()]
      : ["RÉPUBLIQUE FRANÇAISE", issuer.departementLabel, issuer.name.toUpperCase()];
  const header = [
    topLines.join("\n"),
    `${body.register}\n\nSéance du ${formatDate(ctx.date)}\nDélibération n° ${ctx.number}`,
    [
      `Nombre ${ofMembers} en exercice : ${issuer.seats}`,
      `Nombre ${ofMembers} présents : ${present}`,
      `Nombre de votants : ${voters}${proxies > 0 ? ` (dont ${proxies} pouvoir${proxies > 1 ? "s" : ""})` : ""}`,
      `Date de la convocation : ${formatDate(convocation)}`,
    ].join("\n"),
    `L'an ${yearInWords(ctx.date)}, ${dayAndMonthInWords(ctx.date)}, à ${timeInWords(hour, minute)}, ${body.theCouncil} ${issuer.ofName}, régulièrement convoqué${e}, s'est réuni${e} ${body.venue}, sous la présidence de ${civName(issuer.head)}, ${presidingTitle(body, issuer.head)}.`,
    `Secrétaire de séance : ${civName(issuer.secretary)}.`,
  ].join("\n\n");

  const against = rng.chance(0.35) ? rng.int(1, Math.min(4, voters - 2)) : 0;
  const abstentions = against > 0 && rng.chance(0.5) ? 1 : 0;
  const vote =
    against === 0
      ? rng.pick([
          "à l'unanimité des membres présents et représentés",
          "à l'unanimité",
          "à l'unanimité des suffrages exprimés",
        ])
      : abstentions > 0
        ? `par ${voters - against - abstentions} voix pour, ${against} voix contre et 1 abstention`
        : `par ${voters - against} voix pour et ${against} voix contre`;

  const signed = addDays(ctx.date, rng.int(1, 3));
  const transmission = addDays(signed, rng.int(0, 5));
  const published = addDays(transmission, rng.int(0, 2));
  const head = issuer.head;
  const closing = [
    "Fait et délibéré les jour, mois et an que dessus.\nAu registre sont les signatures.\nPour extrait certifié conforme.",
    `À ${issuer.place}, le ${formatDate(signed)}`,
    `${body.headTitle(head)},\n${signName(head)}`,
    `${byGender(issuer.secretary, "Le secrétaire de séance", "La secrétaire de séance")},\n${signName(issuer.secretary)}`,
    `Acte rendu exécutoire après transmission en préfecture le ${formatDate(transmission)} et publication le ${formatDate(published)}.\nAccusé de réception : ${actesId(ctx, "DE", transmission)}`,
    recourse(issuer.tribunal, "la présente délibération"),
  ].join("\n\n");
  return { rng, body, header, vote, closing };
}

export function articles(lines: readonly string[]): string {
  return lines.map((line, index) => `Article ${index === 0 ? "1er" : index + 1} – ${line}`).join("\n\n");
}

export function titleForDeliberation(ctx: ActContext): string {
  return `Extrait du registre des délibérations — Séance du ${formatDate(ctx.date)}`;
}

export function referenceForDeliberation(ctx: ActContext): string {
  return `la délibération n° ${ctx.number} du ${formatDate(ctx.date)}`;
}

export function summaryForDeliberation(ctx: ActContext, purpose: string): string {
  return `Délibération n° ${ctx.number} ${bodyFor(ctx.issuer.kind).ofCouncil} du ${formatDate(ctx.date)} ${purpose}`;
}

/** "DCM_2024_045_tarifs_cantine.pdf": prefixes differ by body as they do in real uploads. */
export function deliberationFileName(ctx: ActContext, slug: string): string {
  // Intercommunal, departmental and regional numbers already carry their letters (DC-, CP-, CPR-).
  const prefix = { commune: "DCM_", epci: "", ccas: "CCAS_", departement: "", region: "", autre: "DEL_" }[
    ctx.issuer.kind
  ];
  return `${prefix}${ctx.number.replace(/[^A-Za-z0-9]/g, "_")}_${slug}.pdf`;
}

export function visas(lines: readonly string[]): string {
  return lines.join("\n");
}

/** The last article of most acts: who carries it out. */
export function executionArticle(ctx: ActContext, others?: string): string {
  const title = bodyFor(ctx.issuer.kind).headTitle(ctx.issuer.head);
  if (others === undefined)
    return `${title} est ${title.startsWith("La ") ? "chargée" : "chargé"} de l'exécution de la présente délibération.`;
  return `${title} et ${others} sont chargés, chacun en ce qui le concerne, de l'exécution de la présente délibération.`;
}
