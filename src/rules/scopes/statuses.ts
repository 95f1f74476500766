/**
 * Scopes that certify a status: jobseeker (France Travail), pupil and school grant (MEN),
 * grant-holding student (CNOUS), student (MESRI). Each is justified by a price or an aid
 * reserved to, or modulated for, that status.
 */

import type { Reading } from "../reading";
import { byKey, byPrefix, conditioned, type ScopeFamily } from "./family";

const JOBSEEKER =
  /\bdemandeurs? d'emploi\b|\b(?:inscrits?|inscription) (?:a|aupres de) (?:france travail|pole emploi)\b|\bchomeurs?\b|\bprive\w* d'emploi\b|\bsans emploi\b/g;
const PUPIL =
  /\beleves?\b|\bcollegiens?\b|\blyceens?\b|\bscolaires? (?:du|des) (?:college|lycee)s?\b|\bscolarise\w* (?:au|en|dans)\b|\bdemi[\s-]pensionnaires?\b/g;
const PUPIL_GRANT =
  /\b(?:eleves?|collegiens?|lyceens?) boursiers?\b|\bboursiers? (?:de l'education nationale|nationaux|du college|du lycee|du second degre)\b|\bbourses? (?:de college|de lycee|nationales? (?:de|du) (?:college|lycee|second degre))\b/g;
const GRANT_LEVEL = /\bechelons?(?: de (?:la )?bourse)?\b/g;
const BOARDING = /\b(?:internes?|internat|pensionnaires?|pensionnat|demi[\s-]pension\w*)\b/g;
const STUDENT_GRANT =
  /\betudiants? boursiers?\b|\bboursiers? (?:du crous|sur criteres sociaux|de l'enseignement superieur)\b|\bbourses? (?:sur criteres sociaux|du crous)\b|\bcrous\b/g;
const STUDENT =
  /\betudiants?\b|\benseignement superieur\b|\b(?:inscrits?|inscription) (?:dans|en|a) (?:un etablissement d'enseignement superieur|l'universite|universite)\b/g;

/** A grant level counts only where pupils (or students) and grants are the subject. */
function levelFor(reading: Reading, who: RegExp) {
  return conditioned(reading, GRANT_LEVEL).filter((e) => {
    const folded = reading.folded.slice(e.start - 300 > 0 ? e.start - 300 : 0, e.end + 300);
    who.lastIndex = 0;
    const found = who.test(folded);
    who.lastIndex = 0;
    return found;
  });
}

export const STATUS_FAMILIES: readonly ScopeFamily[] = [
  {
    id: "demandeur-emploi",
    matches: byPrefix("pole_emploi_"),
    reason: "un tarif ou une aide est prévu pour les demandeurs d'emploi",
    need: "un tarif ou une aide réservé aux demandeurs d'emploi (inscrits à France Travail)",
    justify: (reading) => conditioned(reading, JOBSEEKER),
    vocabulary: JOBSEEKER,
  },
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
];
