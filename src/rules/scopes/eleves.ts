/**
 * eleves: the national education data (schooling, grant-holder status, grant level, boarding) is
 * justified where a price or an aid is reserved to, or modulated for, pupils — boursiers, by
 * échelon, by régime (interne, demi-pensionnaire).
 */

import { byKey, byPrefix, conditioned, type ScopeRule } from "./family";
import { GRANT_LEVEL, levelFor } from "./grant-level";

const PUPIL =
  /\beleves?\b|\bcollegiens?\b|\blyceens?\b|\bscolaires? (?:du|des) (?:college|lycee)s?\b|\bscolarise\w* (?:au|en|dans)\b|\bdemi[\s-]pensionnaires?\b/g;
const PUPIL_GRANT =
  /\b(?:eleves?|collegiens?|lyceens?) boursiers?\b|\bboursiers? (?:de l'education nationale|nationaux|du college|du lycee|du second degre)\b|\bbourses? (?:de college|de lycee|nationales? (?:de|du) (?:college|lycee|second degre))\b/g;
const BOARDING = /\b(?:internes?|internat|pensionnaires?|pensionnat|demi[\s-]pension\w*)\b/g;

export const eleves: ScopeRule = {
  id: "eleves",
  title: "Élèves : scolarité, bourse, échelon, régime",
  guide:
    "Minimisation : un tarif ou une aide réservé aux élèves, aux élèves boursiers, modulé selon l'échelon de bourse ou selon le régime (internat, demi-pension).",
  scopes: ["men_statut_scolarite", "men_statut_boursier", "men_echelon_bourse", "men_regime_pensionnat"],
  families: [
    {
      id: "echelon-bourse-eleve",
      matches: byKey("men_echelon_bourse"),
      reason: "l'aide ou le tarif dépend de l'échelon de bourse de l'élève",
      need: "un tarif ou une aide modulé selon l'échelon de bourse des élèves",
      justify: (reading) => levelFor(reading, /\b(?:eleves?|collegiens?|lyceens?|bourse)/g),
      vocabulary: GRANT_LEVEL,
    },
    {
      id: "eleve-boursier",
      matches: byKey("men_statut_boursier"),
      reason: "un tarif ou une aide est prévu pour les élèves boursiers",
      need: "un tarif ou une aide réservé aux élèves boursiers",
      justify: (reading) => conditioned(reading, PUPIL_GRANT),
      vocabulary: PUPIL_GRANT,
    },
    {
      id: "regime-pensionnat",
      matches: byKey("men_regime_pensionnat"),
      reason: "le tarif ou l'aide dépend du régime (interne, demi-pensionnaire)",
      need: "un tarif ou une aide qui dépend du régime de l'élève (internat, demi-pension)",
      justify: (reading) => conditioned(reading, BOARDING),
      vocabulary: BOARDING,
    },
    {
      id: "eleve",
      matches: byPrefix("men_"),
      reason: "un tarif ou une aide est prévu pour les élèves",
      need: "un tarif ou une aide réservé aux élèves (collégiens, lycéens)",
      justify: (reading) => conditioned(reading, PUPIL),
      vocabulary: PUPIL,
    },
  ],
  cases: [
    {
      scope: "men_statut_boursier",
      valid: ["Les collégiens boursiers bénéficient d'une réduction de 50 % sur le prix du repas."],
      invalid: ["Tarif de la demi-pension : 3,20 € le repas pour tous les collégiens, sans condition de bourse."],
    },
    {
      scope: "men_echelon_bourse",
      valid: ["L'aide départementale à la demi-pension varie selon l'échelon de bourse de l'élève : 60 € à 180 €."],
      invalid: ["Les lycéens boursiers bénéficient de la gratuité du transport."],
    },
    {
      scope: "men_regime_pensionnat",
      valid: ["Tarif annuel : 450 € pour les internes, 220 € pour les demi-pensionnaires."],
      invalid: ["Le repas est facturé 3,40 € à chaque convive."],
    },
  ],
};
