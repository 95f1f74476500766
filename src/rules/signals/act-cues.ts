/**
 * The cues of an act's nature, weighed: a deliberating body acting ("après en avoir délibéré",
 * "le conseil municipal décide", attendance, vote, register), or an executive's arrêté or
 * décision, a règlement, a convention. Patterns run on folded text.
 */

const BODY =
  "(?:conseil (?:municipal|communautaire|departemental|regional|metropolitain|syndical|d'administration|de (?:la )?(?:communaute|metropole|paris|territoire)|d'agglomeration|general)|comite syndical|commission permanente|assemblee (?:deliberante|departementale|plen\\w*)|bureau (?:communautaire|syndical|metropolitain))";
const PAST = "(?<!\\b(?:a|avait|ont|avaient|aurait|auraient|sera|seront|pourra|doit|devra|va|vont) )";
const ENACTS =
  "(?:decide|decident|approuve|adopte|fixe|arrete|autorise|valide|emet|accepte|vote|prend acte|donne (?:son )?accord|sollicite|attribue|accorde|confirme|abroge|designe|elit|delibere)";

export interface Cue {
  /** Words every match contains: a cue whose words are absent costs no scan. */
  readonly needles: readonly string[];
  readonly pattern: RegExp;
  readonly weight: number;
  /** Enacting cues show the body itself acting: they outweigh a mention of a mayor's decision. */
  readonly enacting?: boolean;
  readonly minutes?: boolean;
  /** An extract or a numbered délibération: even inside minutes, the text is the act itself. */
  readonly extract?: boolean;
}

const re = (source: string) => new RegExp(source, "g");

export const DELIBERATION_CUES: readonly Cue[] = [
  // "Après en avoir délibéré", also when OCR garbles the last word ("déIibéré", "dèlibere").
  {
    needles: ["apres en avoir"],
    pattern: re("\\bapres en avoir (?:d[a-z|!1]{5,9}|debattu)"),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["registre des d", "extrait des d", "verbal des d"],
    pattern: re("\\b(?:registre|extrait|proces[\\s-]verbal) des d[ea-z|!1]{5,9}ations\\b"),
    weight: 3,
    enacting: true,
    extract: true,
  },
  {
    needles: ["conseil", "comite syndical", "commission permanente", "assemblee", "bureau"],
    // ("sous la présidence de M. Martin": a title's period does not end the sentence.)
    pattern: re(
      `\\b(?:le|la|l')\\s?${BODY}\\b(?:[^.;:]|\\b(?:m|mm|mme|mr|dr|st|ste)\\.){0,100}?${PAST}\\b${ENACTS}\\b`,
    ),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["compte rendu", "compte-rendu", "proces verbal", "proces-verbal", "releve des decisions"],
    pattern: re(
      `\\b(?:compte[\\s-]rendu|proces[\\s-]verbal|releve des decisions)\\s+(?:(?:sommaire|integral|officiel) )?(?:de la |du |des )?(?:(?:seance|reunion|session)\\b|${BODY})`,
    ),
    weight: 3,
    enacting: true,
    minutes: true,
  },
  // "L'an deux mille vingt-quatre, le douze mars, le Conseil municipal … s'est réuni": the
  // opening formula of a délibération's register.
  {
    needles: ["l'an "],
    pattern: re(`\\bl'an (?:deux mil+e?|mil|\\d{4})\\b[^.]{0,160}?\\b${BODY}`),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["en exercice"],
    pattern: re("\\b(?:membres|conseillers|delegues|administrateurs|elus)(?:[ :]+[a-z0-9]+){0,3}[ :]+en exercice\\b"),
    weight: 3,
    enacting: true,
  },
  // "Délibère :" on a line of its own, "siégeant en formation de conseil municipal": only a
  // deliberating body deliberates (a mayor's decision says "DÉCIDE", an arrêté "ARRÊTE").
  {
    needles: ["delibere", "siegeant en formation"],
    pattern: re(
      `(?:^|\\n)[ \\t]*(?:(?:le|la) ${BODY}[^\\n]{0,40})?delibere\\s*:?[ \\t]*(?=\\n)|\\bsiegeant en formation de ${BODY}`,
    ),
    weight: 3,
    enacting: true,
  },
  // A session's debate: the chair gives the floor, puts the draft to the vote.
  {
    needles: ["parole", "aux voix", "examen du projet", "examen des projets"],
    pattern: re(
      "\\bje (?:vous )?donne la parole\\b|\\bla parole est (?:a|donnee a)\\b|\\bje mets aux voix\\b|\\ba l'examen (?:du|des) projets? de deliberation\\b",
    ),
    weight: 3,
    enacting: true,
    minutes: true,
  },
  { needles: ["secretaire de"], pattern: re("\\bsecretaire de (?:la )?seance\\b"), weight: 3, enacting: true },
  {
    needles: ["contre"],
    pattern: re("\\bpour\\s*:\\s*\\d+[^\\n]{0,40}contre\\s*:\\s*\\d+"),
    weight: 3,
    enacting: true,
  },
  {
    needles: ["deliberation"],
    pattern: re(
      "(?:^|\\n)\\s*(?:extrait de (?:la )?)?deliberation\\s+(?:n\\s?[°o.]\\s*)?[\\w./-]*\\d[\\w./-]*(?=\\s+(?:du|en date)\\b|\\s*(?:$|\\n|:|-))",
    ),
    weight: 3,
    extract: true,
  },
  {
    needles: ["deliberation"],
    pattern: re(`(?:^|\\n)[ \\t]*(?:extrait de (?:la )?)?deliberation (?:du |de la |de l')${BODY}`),
    weight: 3,
    extract: true,
  },
  {
    needles: ["deliberation"],
    pattern: re("\\bn\\s?[°o.]\\s*(?:de )?(?:la )?deliberation\\s*:?\\s*[\\w./-]*\\d"),
    weight: 3,
  },
  { needles: ["rapport"], pattern: re(`\\brapport (?:au|du|de presentation au) ${BODY}`), weight: 3 },
  {
    needles: ["il est propose"],
    pattern: re(`\\bil est propose (?:au|a l'|aux membres du) (?:${BODY}|assemblee)`),
    weight: 3,
  },
  {
    needles: ["le maire", "le president", "la presidente", "le rapporteur", "la rapporteure", "la maire"],
    pattern: re(
      `\\b(?:le maire|le president|la presidente|le rapporteur|la rapporteure|monsieur le maire|madame (?:la|le) maire) (?:informe|expose|rappelle|presente|propose)(?: a| aux membres du| au)? (?:le |l')?${BODY}`,
    ),
    weight: 2,
  },
  {
    needles: ["reunion", "seance", "session"],
    pattern: re(`\\b(?:reunion|seance|session)s? (?:ordinaire |extraordinaire |publique )?(?:du |de la |de l')${BODY}`),
    weight: 2,
  },
  { needles: ["deliberations du"], pattern: re("\\bdeliberations du (?:conseil|comite|bureau)\\b"), weight: 2 },
  {
    needles: ["projet de deliberation", "mes chers collegues", "deliberation affichee"],
    pattern: re("\\bprojet de deliberation\\b|\\bmes chers collegues\\b|\\bdeliberation affichee\\b"),
    weight: 2,
  },
  {
    needles: ["votant", "etaient presents", "present", "s'est reuni", "quorum", "convocation"],
    pattern: re(
      "\\bvotants?\\s*:?\\s*\\d+|\\betaient presents\\b|\\bpresents?\\s*:\\s*\\(?\\d+|\\bs'est reuni\\b|\\bquorum\\b|\\bdate de (?:la )?convocation\\b",
    ),
    weight: 2,
  },
  {
    needles: ["unanimite", "pour extrait conforme", "donne pouvoir", "procuration"],
    pattern: re("\\ba l'unanimite\\b|\\bpour extrait conforme\\b|\\bdonne pouvoir\\b|\\bprocurations?\\b"),
    weight: 1,
  },
];

export const OTHER_CUES: readonly Cue[] = [
  {
    needles: ["decision", "arrete"],
    pattern: re("\\b(?:decision|arrete)s? (?:du (?:maire|president)|de la (?:maire|presidente)|municipale?s?)\\b"),
    weight: 3,
  },
  {
    needles: ["decision", "arrete"],
    pattern: re("(?:^|\\n)\\s*(?:decision|arrete)\\s+(?:n\\s?[°o.]|municipal|du maire|du president)"),
    weight: 3,
  },
  {
    needles: ["2122-2", "delegation", "registre des decisions", "registre des arretes"],
    pattern: re(
      "\\bl\\.?\\s?2122-2[23]\\b|\\bpar delegation du conseil\\b|\\bdelegation d'attributions?\\b|\\ben vertu de la delegation\\b|\\bprise? (?:par|sur) delegation\\b|\\bregistre des (?:decisions|arretes)\\b",
    ),
    weight: 3,
  },
  {
    needles: ["maire", "president"],
    pattern: re("(?:^|\\n)\\s*(?:le|la) (?:maire|president|presidente)(?: de [^\\n,]{1,40})?\\s*,?\\s*\\n\\s*vu\\b"),
    weight: 3,
  },
  { needles: ["arrete"], pattern: re("(?:^|\\n)\\s*arrete\\s*:?\\s*(?=\\n)"), weight: 2 },
];

// Documents that name themselves in their first lines: a règlement or a convention.
export const SELF_TITLE =
  /(?:^|\n)\s*(?:reglement (?:interieur|de fonctionnement|interieur et tarifaire)|convention (?:d'objectifs|de partenariat|de financement|entre))\b/;
export const TITLE_REACH = 300;
