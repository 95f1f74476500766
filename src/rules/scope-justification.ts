/**
 * scope-justification: for each requested scope, the passage that justifies it ("pass") or
 * what the act would have to say ("fail"). Never a pass without a passage: minimisation is
 * checked against what the text states, not against what the applicant says.
 */

import { scopeLabel } from "../domain/scope-catalogue";
import { readingOf } from "./reading";
import { defineRule, type FindingInput } from "./rule-kit";
import { familyOf, justificationOf } from "./scopes/index";
import { signalsOf } from "./signals/index";

export const scopeJustification = defineRule({
  id: "scope-justification",
  title: "Justification de chaque donnée demandée",
  guideLink: "guide#pour-differentes-donnees-voila-des-exemples-de-finalites-valides",
  messages: {
    justified: "« {label} » ({scope}) est justifiée : {reason}.",
    missing: "« {label} » ({scope}) : aucun passage ne la justifie. L'acte devrait prévoir {need}.",
    missingTaxInstead:
      "« {label} » ({scope}) : aucun tarif selon le quotient familial n'a été trouvé ; le tarif s'appuie sur des données fiscales, qui relèvent d'API Impôt particulier (DGFIP) et non du quotient familial CAF.",
    identity:
      "« {label} » ({scope}) : donnée d'identité FranceConnect, justifiée seulement si la démarche exige d'établir l'identité de l'usager ; à apprécier.",
    unknownScope: "« {scope} » n'est pas une donnée du catalogue API Particulier : à vérifier.",
    noEvidence: "« {label} » ({scope}) : aucun passage du document ne la justifie.",
  },
  inspect(document, request): FindingInput[] {
    const reading = readingOf(document);
    const signals = signalsOf(reading);
    const taxBased =
      signals.mentions_income_or_tax.value && /revenu fiscal|imposition|parts? fiscales?/.test(reading.folded);
    return [...new Set(request.scopes)].map((scope): FindingInput => {
      const family = familyOf(scope);
      const values = { scope, label: scopeLabel(scope) };
      if (!family) return { status: "warning", messageId: "unknownScope", scope, values };
      const evidence = justificationOf(reading, signals, scope);
      if (family.informational) return { status: "info", messageId: "identity", scope, values, evidence };
      if (evidence.length > 0) {
        return {
          status: "pass",
          messageId: "justified",
          scope,
          values: { ...values, reason: family.reason },
          evidence,
        };
      }
      const messageId = scope === "cnaf_quotient_familial" && taxBased ? "missingTaxInstead" : "missing";
      return { status: "fail", messageId, scope, values: { ...values, need: family.need } };
    });
  },
});
