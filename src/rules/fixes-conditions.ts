/**
 * fixes-conditions: the act must fix the tariff or attribution conditions (amounts, a grid,
 * brackets, a calculation rule, the families' participation) — that is what lets the
 * instructor weigh each datum. An older act is fine if it does.
 */

import { readingOf } from "./reading";
import { defineRule, type FindingInput } from "./rule-kit";
import { signalsOf } from "./signals/index";

export const fixesConditions = defineRule({
  id: "fixes-conditions",
  title: "Conditions tarifaires ou d'attribution",
  summary:
    "Vérifie que le document fixe des tarifs ou des conditions d'attribution d'un service aux usagers (montants, grille, règle de calcul), ou que c'est l'acte dont l'objet est de les fixer.",
  guideLink: "guide#est-il-besoin-de-faire-une-nouvelle-deliberation-pour-acceder-a-api-particulier",
  messages: {
    fixed: "Le document fixe des conditions tarifaires ou d'attribution (montants, grille ou règle de calcul).",
    missing:
      "Aucune condition tarifaire ou d'attribution (montant, grille, tranches, règle de calcul, participation des familles) n'a été trouvée dans le document.",
  },
  inspect(document): FindingInput[] {
    const fixes = signalsOf(readingOf(document)).fixes_tariffs;
    return fixes.value
      ? [{ status: "pass", messageId: "fixed", evidence: fixes.evidence }]
      : [{ status: "fail", messageId: "missing" }];
  },
});
