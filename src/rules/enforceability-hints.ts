/**
 * enforceability-hints: traces that the act is enforceable — transmission to the prefecture
 * (or "rendu exécutoire"), publication, the date of the séance, a signature. Information only:
 * an extract published online often lacks them without the act being invalid.
 */

import { passage } from "./passages";
import { readingOf } from "./reading";
import { defineRule, type FindingInput } from "./rule-kit";

interface Hint {
  readonly found: string;
  readonly missing: string;
  readonly pattern: RegExp;
}

const HINTS: readonly Hint[] = [
  {
    found: "transmission",
    missing: "noTransmission",
    pattern:
      /\b(?:recu|transmise?s?|depose|deposee|accuse de reception|ar) (?:en|a la|au controle de legalite de la) (?:sous-)?prefecture\b|\bcontrole de legalite\b|\b(?:rendue?s?|certifiee?s?|devenue?s?) executoire\b|\baccuse de reception\b|\b\d{3}-\d{9}-\d{8}-[\w.-]+-(?:de|ar|ai|cc|bf|au)\b/,
  },
  {
    found: "publication",
    missing: "noPublication",
    pattern:
      /\b(?:publie|publiee|publication|affiche|affichee|affichage|mise? en ligne)\b[^.\n]{0,40}\b(?:le|du|en date|sur le site|en mairie)\b/,
  },
  {
    found: "sessionDate",
    missing: "noSessionDate",
    pattern:
      /\bseance (?:publique )?du (?:\w+ )?\d{1,2}(?:er)?[ .\/-](?:\w+|\d{1,2})[ .\/-]\d{2,4}\b|\bl'an (?:deux mille|mil)\b[^.\n]{0,80}|\breuni\w* le (?:\w+ )?\d{1,2}|\bseance du \d{1,2}[./]\d{1,2}[./]\d{2,4}/,
  },
  {
    found: "signature",
    missing: "noSignature",
    pattern:
      /\bpour extrait (?:certifie )?conforme\b|\bau registre (?:sont|suivent) les signatures\b|\bsigne(?:e)? (?:electroniquement|par)\b|(?:^|\n)\s*(?:le|la) (?:maire|president|presidente)\s*,?\s*(?:\n|$)|\bfait a [^\n,]{2,40},? le\b/,
  },
];

export const enforceabilityHints = defineRule({
  id: "enforceability-hints",
  title: "Indices du caractère exécutoire",
  summary:
    "Relève les indices du caractère exécutoire de l'acte (transmission au contrôle de légalité, affichage ou publication, signature) ; à titre d'information.",
  guideLink: "guide#est-il-besoin-de-faire-une-nouvelle-deliberation-pour-acceder-a-api-particulier",
  messages: {
    transmission: "Mention de la transmission en préfecture ou du caractère exécutoire.",
    noTransmission:
      "Aucune mention de transmission en préfecture ni du caractère exécutoire n'a été trouvée (information).",
    publication: "Mention de la publication ou de l'affichage de l'acte.",
    noPublication: "Aucune mention de publication ou d'affichage n'a été trouvée (information).",
    sessionDate: "Date de la séance ou de la signature.",
    noSessionDate: "La date de la séance n'a pas été trouvée (information).",
    signature: "Signature ou formule de certification.",
    noSignature: "Aucune signature ni formule « pour extrait conforme » n'a été trouvée (information).",
  },
  inspect(document): FindingInput[] {
    const reading = readingOf(document);
    return HINTS.map((hint) => {
      const match = hint.pattern.exec(reading.folded);
      if (!match) return { status: "info", messageId: hint.missing };
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const evidence = passage(reading, start, match.index + match[0].length, 160);
      return { status: "info", messageId: hint.found, evidence: evidence ? [evidence] : [] };
    });
  },
});
