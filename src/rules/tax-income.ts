/**
 * tax-income: a price based on tax data (revenu fiscal de référence, avis d'imposition, parts)
 * is not served by API Particulier: that data comes from API Impôt particulier (DGFIP), a
 * separate request. Said as information, never mapped to a CAF scope.
 */

import { addEvidence, passage } from "./passages";
import { readingOf } from "./reading";
import type { Evidence } from "./rule-types";
import { defineRule, type FindingInput } from "./rule-kit";
import { forEachMatch } from "./signals/cues";
import { signalsOf } from "./signals/index";
import { isNegated } from "./signals/negation";

const TAX_DATA =
  /\brevenu fiscal(?: de reference)?\b|\brfr\b|\bavis d(?:'|e )\s?(?:non[\s-]?)?imposition\b|\bnombre de parts\b|\bparts? fiscales?\b|\brevenus? (?:net )?imposables?\b|\bressources imposables\b|\bimpots? sur le revenu\b/g;

export const taxIncome = defineRule({
  id: "tax-income",
  title: "Tarif fondé sur des données fiscales",
  summary:
    "Signale un tarif fondé sur des données fiscales (revenu fiscal de référence, avis d'imposition) : elles relèvent d'API Impôt particulier (DGFIP), demande distincte, et ne justifient aucune donnée CAF.",
  guideLink: "guide#les-donnees-a-caracteres-personnel-qui-peuvent-etre-enregistrees",
  messages: {
    taxIncome:
      "Le document s'appuie sur des données fiscales (revenu fiscal de référence, avis d'imposition…) : elles relèvent d'API Impôt particulier (DGFIP), qui fait l'objet d'une demande distincte, et ne justifient aucune donnée CAF.",
    taxIncomeWithQf:
      "Le document s'appuie aussi sur des données fiscales (revenu fiscal de référence, avis d'imposition…) : elles relèvent d'API Impôt particulier (DGFIP), demande distincte ; seul le critère du quotient familial relève d'API Particulier.",
  },
  inspect(document): FindingInput[] {
    const reading = readingOf(document);
    const evidence: Evidence[] = [];
    forEachMatch(TAX_DATA, reading.folded, (m) => {
      const end = m.index + m[0].length;
      if (!isNegated(reading, m.index, end)) addEvidence(evidence, passage(reading, m.index, end), 2);
      return evidence.length < 2;
    });
    if (evidence.length === 0) return [];
    const qf = signalsOf(reading).tariff_by_quotient_familial.value;
    return [{ status: "info", messageId: qf ? "taxIncomeWithQf" : "taxIncome", evidence }];
  },
});
