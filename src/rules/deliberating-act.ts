/**
 * deliberating-act: whether the document is a délibération (or the minutes recording one), an
 * arrêté/décision of the executive, or neither — said with the passages that show it.
 */

import { readingOf } from "./reading";
import { defineRule, type FindingInput } from "./rule-kit";
import { actOf } from "./signals/index";

export const deliberatingAct = defineRule({
  id: "deliberating-act",
  title: "Nature de l'acte",
  summary:
    "Dit si le document est une délibération d'une assemblée délibérante (ou le procès-verbal de sa séance), un arrêté ou une décision du maire ou du président (même sur délégation), ou autre chose : page de tarifs, règlement, convention, article.",
  guideLink: "guide#est-il-besoin-de-faire-une-nouvelle-deliberation-pour-acceder-a-api-particulier",
  messages: {
    deliberation: "Le document est une délibération d'une assemblée délibérante.",
    minutes:
      "Le document est le compte rendu ou le procès-verbal d'une séance du conseil, qui consigne des délibérations.",
    executiveAct:
      "Le document est un arrêté ou une décision de l'exécutif (maire, président), pas une délibération. Il peut fonder la demande s'il fixe lui-même les conditions, par exemple sur délégation du conseil (article L2122-22 du CGCT) : la délégation est à vérifier.",
    otherDocument:
      "Le document se présente comme un règlement ou une convention, pas comme une délibération ni comme un arrêté : l'acte qui adopte ces conditions est à demander (sauf pour un EAJE, où la convention d'objectifs et de financement de la CAF est le document attendu).",
    unknown:
      "Aucune marque d'un acte (formule « après en avoir délibéré », vote, extrait du registre, arrêté ou décision) n'a été trouvée : page d'information, extrait incomplet ? L'acte lui-même est à demander.",
  },
  inspect(document): FindingInput[] {
    const act = actOf(readingOf(document));
    switch (act.kind) {
      case "deliberation":
        return [{ status: "pass", messageId: "deliberation", evidence: act.deliberationEvidence }];
      case "minutes":
        return [{ status: "pass", messageId: "minutes", evidence: act.deliberationEvidence }];
      case "mayoral_act":
        return [{ status: "info", messageId: "executiveAct", evidence: act.otherEvidence }];
      case "other":
        return [{ status: "warning", messageId: "otherDocument", evidence: act.otherEvidence }];
      default:
        return [{ status: "warning", messageId: "unknown" }];
    }
  },
});
