/**
 * scope-justification: for each requested scope, a verdict in three values (scopes/verdict.ts):
 * the passage that justifies it ("pass"), the passage to read when Cadre is unsure ("warning",
 * à vérifier), or what the act would have to say ("fail"). Never a pass without a passage:
 * minimisation is checked against what the text states, not against what the applicant says.
 */

import { scopeLabel } from "../domain/scope-catalogue";
import { isDoubtfulText } from "./readability";
import { readingOf } from "./reading";
import { defineRule, shortQuote, type FindingInput } from "./rule-kit";
import { scopeOutcome } from "./scopes/verdict";
import { signalsOf } from "./signals/index";

const TAX_BASED = /revenu fiscal|imposition|parts? fiscales?/;

export const scopeJustification = defineRule({
  id: "scope-justification",
  title: "Justification de chaque donnée demandée",
  summary:
    "Pour chaque donnée demandée, donne un verdict : justifiée (avec le passage), non justifiée (critère absent ou écarté par l'acte), ou à vérifier (le document en parle sans condition claire, ou le texte est douteux). Le détail par donnée est dans les règles sur les données ci-dessous.",
  guideLink: "guide#pour-differentes-donnees-voila-des-exemples-de-finalites-valides",
  messages: {
    justified: "« {label} » ({scope}) est justifiée : {reason}.",
    missing: "« {label} » ({scope}) : aucun passage ne la justifie. L'acte devrait prévoir {need}.",
    missingTaxInstead:
      "« {label} » ({scope}) : aucun tarif selon le quotient familial n'a été trouvé ; le tarif s'appuie sur des données fiscales, qui relèvent d'API Impôt particulier (DGFIP) et non du quotient familial CAF.",
    negated:
      "« {label} » ({scope}) : l'acte écarte ce critère (« {quote} ») ; il ne justifie donc pas cette donnée. Il faudrait {need}.",
    nearMiss:
      "« {label} » ({scope}) : à vérifier. Le document en parle près d'un tarif ou d'une aide, sans que Cadre ait pu établir que {reason} : lire le passage cité.",
    unreadable:
      "« {label} » ({scope}) : à vérifier. Le texte lu est court, peu lisible ou issu d'une reconnaissance de caractères peu fiable : chercher dans le document {need}.",
    identity:
      "« {label} » ({scope}) : donnée d'identité FranceConnect, justifiée seulement si la démarche exige d'établir l'identité de l'usager ; à apprécier.",
    unknownScope: "« {scope} » n'est pas une donnée du catalogue API Particulier : à vérifier.",
    noEvidence: "« {label} » ({scope}) : aucun passage du document ne la justifie.",
  },
  inspect(document, request): FindingInput[] {
    const reading = readingOf(document);
    const signals = signalsOf(reading);
    const doubtful = isDoubtfulText(document);
    const taxBased = signals.mentions_income_or_tax.value && TAX_BASED.test(reading.folded);
    return [...new Set(request.scopes)].map((scope): FindingInput => {
      const outcome = scopeOutcome(reading, signals, scope, doubtful);
      const values = { scope, label: scopeLabel(scope) };
      const { family, evidence, status } = outcome;
      switch (outcome.reason) {
        case "unknown":
          return { status, messageId: "unknownScope", scope, values };
        case "informational":
          return { status, messageId: "identity", scope, values, evidence };
        case "justified":
          return {
            status,
            messageId: "justified",
            scope,
            values: { ...values, reason: family?.reason ?? "" },
            evidence,
          };
        case "nearMiss":
          return {
            status,
            messageId: "nearMiss",
            scope,
            values: { ...values, reason: family?.reason ?? "" },
            evidence,
          };
        case "unreadable":
          return { status, messageId: "unreadable", scope, values: { ...values, need: family?.need ?? "" } };
        case "negated": {
          const quote = evidence[0] ? shortQuote(evidence[0]) : "";
          return {
            status,
            messageId: "negated",
            scope,
            values: { ...values, quote, need: family?.need ?? "" },
            evidence,
          };
        }
        case "missing": {
          const messageId = scope === "cnaf_quotient_familial" && taxBased ? "missingTaxInstead" : "missing";
          return { status, messageId, scope, values: { ...values, need: family?.need ?? "" } };
        }
      }
    });
  },
});
