/**
 * generic-api-particulier: a délibération that only decides to use API Particulier (or to
 * "consume CAF data") states no purpose per datum, so minimisation cannot be checked.
 */

import { addEvidence, passage } from "./passages";
import { readingOf } from "./reading";
import type { Evidence } from "./rule-types";
import { defineRule, type FindingInput } from "./rule-kit";
import { forEachMatch } from "./signals/cues";
import { signalsOf } from "./signals/index";

const USES_API =
  /\bapi[\s-]?particulier\b|\bapi\.gouv\b|\bdatapass\b|\b(?:consommer|recuperer|obtenir|acceder a|interroger) (?:directement )?(?:les |des |aux )?donnees (?:de la |des |du |d')?(?:caf|cnaf|msa|administrations?|organismes?)\b|\bechanges? (?:de|des) donnees (?:entre (?:les )?administrations|avec la caf)\b/g;

// Every match contains one of these: a document without them is not scanned.
const USES_API_NEEDLES = ["api", "datapass", "donnees"];

export const genericApiParticulier = defineRule({
  id: "generic-api-particulier",
  title: "Délibération générique sur API Particulier",
  summary:
    "Signale une délibération qui décide seulement d'utiliser API Particulier sans fixer de tarif ni de condition : elle ne justifie aucune donnée.",
  guideLink: "guide#est-il-besoin-de-faire-une-nouvelle-deliberation-pour-acceder-a-api-particulier",
  messages: {
    generic:
      "Le document décide de recourir à API Particulier (ou aux données de la CAF) sans fixer de tarif ni de condition d'attribution : la nécessité de chaque donnée ne peut pas être appréciée. L'acte qui fixe les conditions est à demander.",
    withConditions:
      "Le document mentionne API Particulier et fixe aussi des conditions : ce sont ces conditions qui justifient les données.",
  },
  inspect(document): FindingInput[] {
    const reading = readingOf(document);
    const evidence: Evidence[] = [];
    if (USES_API_NEEDLES.some((needle) => reading.folded.includes(needle))) {
      forEachMatch(USES_API, reading.folded, (m) => {
        addEvidence(evidence, passage(reading, m.index, m.index + m[0].length), 2);
        return evidence.length < 2;
      });
    }
    if (evidence.length === 0) return [];
    return signalsOf(reading).fixes_tariffs.value
      ? [{ status: "info", messageId: "withConditions", evidence }]
      : [{ status: "fail", messageId: "generic", evidence }];
  },
});
