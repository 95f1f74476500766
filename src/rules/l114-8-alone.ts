/**
 * l114-8-alone: article L114-8 of the CRPA ("Dites-le-nous une fois") organises data exchange
 * between administrations; cited alone, it never justifies a datum. Read in the request's
 * legal framework text and in the document.
 */

import { foldForMatching } from "../documents/fold";
import { addEvidence, passage } from "./passages";
import { readingOf } from "./reading";
import type { Evidence } from "./rule-types";
import { defineRule, type FindingInput } from "./rule-kit";
import { forEachMatch } from "./signals/cues";
import { signalsOf } from "./signals/index";

const L114_8 = /\bl\.?\s?114-8\b|\barticle 114-8\b|\bdites[\s-]le[\s-]nous[\s-]une[\s-]fois\b|\bdlnuf\b/g;
const L114_8_NEEDLES = ["114-8", "dites", "dlnuf"];
// Another basis named in the request: an act, a code, or an article other than L114-8.
const OTHER_BASIS =
  /\b(?:deliberation|arrete|decision|convention|reglement|code de l'education|code de l'action sociale|code des transports|code general des collectivites|casf|cgct)\b|\b[lrd]\.?\s?\d{3,4}-\d+(?:-\d+)?\b/;

export const l1148Alone = defineRule({
  id: "l114-8-alone",
  title: "L114-8 du CRPA comme seule base",
  summary:
    "Signale un cadre juridique réduit à l'article L114-8 du code des relations entre le public et l'administration (« Dites-le-nous une fois ») : il organise les échanges entre administrations mais ne justifie aucune donnée.",
  guideLink: "guide#le-socle-juridique-permettant-la-circulation-des-donnees-entre-administrations",
  messages: {
    alone:
      "Seul l'article L114-8 du CRPA (« Dites-le-nous une fois ») est invoqué et le document ne fixe aucune condition : cet article organise les échanges de données mais ne justifie à lui seul aucune donnée.",
    complemented:
      "L'article L114-8 du CRPA est cité ; il est complété par {basis}, qui doit fixer les conditions justifiant chaque donnée.",
  },
  inspect(document, request): FindingInput[] {
    const reading = readingOf(document);
    const evidence: Evidence[] = [];
    // Most documents never cite it: a few indexOf spare them the scan.
    if (L114_8_NEEDLES.some((needle) => reading.folded.includes(needle))) {
      forEachMatch(L114_8, reading.folded, (m) => {
        addEvidence(evidence, passage(reading, m.index, m.index + m[0].length), 2);
      });
    }
    const framework = foldForMatching(request.legalFrameworkText ?? "");
    L114_8.lastIndex = 0;
    const citedInRequest = L114_8.test(framework);
    L114_8.lastIndex = 0;
    if (!citedInRequest && evidence.length === 0) return [];
    const fixes = signalsOf(reading).fixes_tariffs.value;
    const requestNamesOther = OTHER_BASIS.test(framework.replace(L114_8, " "));
    L114_8.lastIndex = 0;
    if (!fixes && !requestNamesOther) return [{ status: "fail", messageId: "alone", evidence }];
    const basis = fixes
      ? "l'acte fourni, qui fixe des conditions"
      : "l'acte cité dans le cadre juridique de la demande";
    return [{ status: "info", messageId: "complemented", values: { basis }, evidence }];
  },
});
