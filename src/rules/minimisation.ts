/**
 * minimisation: only data on which a stated condition depends may be requested. Sums up the
 * requested scopes left without a passage, and, as information, conditions the document
 * states whose datum was not requested (the collectivité may get it some other way).
 */

import { scopeLabel } from "../domain/scope-catalogue";
import { readingOf } from "./reading";
import type { SignalKey } from "./rule-types";
import { defineRule, type FindingInput } from "./rule-kit";
import { isDoubtfulText } from "./readability";
import { familyOf } from "./scopes/index";
import { scopeOutcome } from "./scopes/verdict";
import { signalsOf } from "./signals/index";

// A condition found in the text, and the scopes that would serve it (CAF or EAJE variant).
const CONDITIONS: readonly { signal: SignalKey; scopes: readonly string[]; condition: string }[] = [
  {
    signal: "tariff_by_quotient_familial",
    scopes: ["cnaf_quotient_familial", "cnav_participation_familiale_eaje_parametres_calcul"],
    condition: "un tarif selon le quotient familial",
  },
  {
    signal: "tariff_by_residence",
    scopes: ["cnaf_adresse", "cnav_participation_familiale_eaje_adresse"],
    condition: "un tarif ou un accès selon le lieu de résidence",
  },
  {
    signal: "tariff_by_number_of_children",
    scopes: ["cnaf_enfants", "cnav_participation_familiale_eaje_enfants"],
    condition: "un tarif selon le nombre ou le rang des enfants",
  },
];

export const minimisation = defineRule({
  id: "minimisation",
  title: "Minimisation des données",
  summary:
    "Récapitule les données demandées qu'aucune condition de l'acte ne justifie, et signale les conditions de l'acte dont la donnée n'est pas demandée.",
  guideLink: "guide#pour-differentes-donnees-voila-des-exemples-de-finalites-valides",
  messages: {
    unjustified:
      "Minimisation : {count} donnée(s) demandée(s) sans passage justificatif ({list}). Seules les données dont dépend une condition fixée par l'acte peuvent être demandées.",
    notRequested:
      "Le document prévoit {condition}, mais la donnée « {label} » n'est pas demandée (information : la collectivité l'obtient peut-être autrement).",
  },
  inspect(document, request): FindingInput[] {
    if (request.scopes.length === 0) return [];
    const reading = readingOf(document);
    const signals = signalsOf(reading);
    const doubtful = isDoubtfulText(document);
    // Only confident "non justifiée" verdicts: a scope "à vérifier" may well be justified.
    const unjustified = [...new Set(request.scopes)].filter(
      (scope) => familyOf(scope) !== undefined && scopeOutcome(reading, signals, scope, doubtful).status === "fail",
    );
    const findings: FindingInput[] = [];
    if (unjustified.length > 0) {
      const list = unjustified.map((scope) => `« ${scopeLabel(scope)} »`).join(", ");
      findings.push({ status: "warning", messageId: "unjustified", values: { count: unjustified.length, list } });
    }
    for (const { signal, scopes, condition } of CONDITIONS) {
      const found = signals[signal];
      if (!found.value || scopes.some((scope) => request.scopes.includes(scope))) continue;
      const label = scopeLabel(scopes[0] ?? "");
      findings.push({
        status: "info",
        messageId: "notRequested",
        values: { condition, label },
        evidence: found.evidence,
      });
    }
    return findings;
  },
});
