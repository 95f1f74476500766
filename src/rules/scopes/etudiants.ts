/**
 * etudiants: student data (CNOUS grant status and level, MESRI enrolment) is justified where a
 * price or an aid is reserved to students, to grant-holding students, or modulated by échelon.
 */

import { byKey, byPrefix, conditioned, type ScopeRule } from "./family";
import { GRANT_LEVEL, levelFor } from "./grant-level";

const STUDENT_GRANT =
  /\betudiants? boursiers?\b|\bboursiers? (?:du crous|sur criteres sociaux|de l'enseignement superieur)\b|\bbourses? (?:sur criteres sociaux|du crous)\b|\bcrous\b/g;
const STUDENT =
  /\betudiants?\b|\benseignement superieur\b|\b(?:inscrits?|inscription) (?:dans|en|a) (?:un etablissement d'enseignement superieur|l'universite|universite)\b/g;

export const etudiants: ScopeRule = {
  id: "etudiants",
  title: "Étudiants : inscription, bourse, échelon",
  guide:
    "Minimisation : un tarif ou une aide réservé aux étudiants, aux étudiants boursiers, ou modulé selon l'échelon de bourse.",
  scopes: ["cnous_*", "mesri_*"],
  families: [
    {
      id: "echelon-bourse-etudiant",
      matches: byKey("cnous_echelon_bourse"),
      reason: "l'aide ou le tarif dépend de l'échelon de bourse de l'étudiant",
      need: "un tarif ou une aide modulé selon l'échelon de bourse des étudiants",
      justify: (reading) => levelFor(reading, /\b(?:etudiants?|crous)\b/g),
      vocabulary: GRANT_LEVEL,
    },
    {
      id: "etudiant-boursier",
      matches: byPrefix("cnous_"),
      reason: "un tarif ou une aide est prévu pour les étudiants boursiers",
      need: "un tarif ou une aide réservé aux étudiants boursiers (bourse sur critères sociaux, CROUS)",
      justify: (reading) => conditioned(reading, STUDENT_GRANT),
      vocabulary: STUDENT_GRANT,
    },
    {
      id: "etudiant",
      matches: byPrefix("mesri_"),
      reason: "un tarif ou une aide est prévu pour les étudiants",
      need: "un tarif ou une aide réservé aux étudiants inscrits dans l'enseignement supérieur",
      justify: (reading) => conditioned(reading, STUDENT),
      vocabulary: STUDENT,
    },
  ],
  cases: [
    {
      scope: "cnous_statut_boursier",
      valid: ["Les étudiants boursiers sur critères sociaux bénéficient d'un tarif réduit de 50 %."],
      invalid: ["Tarif étudiant : 4 € la séance."],
    },
    {
      scope: "mesri_admission_inscrit",
      valid: ["Tarif étudiant : 4 € sur présentation de la carte d'étudiant de l'année en cours."],
      invalid: ["Tarif plein : 8 € ; tarif réduit pour les moins de 12 ans : 5 €."],
    },
  ],
};
