/**
 * The request form shows the 61 scopes by family (who holds the data: CAF, France Travail,
 * Éducation nationale…) and says, for each, what the act must contain to justify asking for it,
 * in the guide's logic: a datum is justified by a price, an aid or a condition that depends on
 * it. The instructor's reading (src/rules/scopes) checks the same conditions in the act.
 */

import { SCOPES, type ScopeDefinition } from "./scope-catalogue";

export interface ScopeFamily {
  readonly key: string;
  readonly label: string;
  /** What the act must contain for the family's data, as one sentence ending with a full stop. */
  readonly justification: string;
  /** DataPass groups of the catalogue that make up the family. */
  readonly groups: readonly string[];
}

export const SCOPE_FAMILIES: readonly ScopeFamily[] = [
  {
    key: "caf-msa",
    label: "CAF et MSA : quotient familial et foyer",
    justification:
      "L'acte doit fixer un tarif ou une aide qui varie selon le quotient familial ; l'adresse, les enfants ou les identités ne se justifient que si l'acte en fait aussi une condition.",
    groups: ["API Quotient familial CAF & MSA"],
  },
  {
    key: "petite-enfance",
    label: "Petite enfance (EAJE) : participation familiale CAF",
    justification:
      "L'acte (règlement de fonctionnement, convention avec la CAF) doit appliquer le barème national de participation familiale à l'accueil du jeune enfant.",
    groups: ["API Participation familiale EAJE"],
  },
  {
    key: "prestations",
    label: "Prestations sociales : RSA, prime d'activité, AAH, C2S…",
    justification:
      "L'acte doit réserver un tarif ou une aide aux bénéficiaires de la prestation demandée, nommée dans l'acte.",
    groups: [
      "API Complémentaire Santé Solidaire",
      "API Revenue de Solidarité Active",
      "API Prime d'Activité",
      "API Allocation Soutien Familial",
      "API Allocation Adulte Handicapé",
      "API Allocation d'Éducation de l'Enfant Handicapé",
      "API Statut allocation de rentrée scolaire",
    ],
  },
  {
    key: "france-travail",
    label: "France Travail : demandeurs d'emploi",
    justification:
      "L'acte doit réserver un tarif ou une aide aux demandeurs d'emploi inscrits à France Travail ; les paiements seulement si l'aide dépend de leur montant.",
    groups: ["API Statut demandeur d'emploi", "API Paiements France Travail"],
  },
  {
    key: "eleves",
    label: "Élèves : Éducation nationale",
    justification:
      "L'acte doit poser une condition sur le statut d'élève : un tarif ou une aide réservé aux élèves, aux boursiers, ou modulé selon l'échelon de bourse ou le régime (internat, demi-pension).",
    groups: ["API Statut élève scolarisé et boursier"],
  },
  {
    key: "etudiants-boursiers",
    label: "Étudiants boursiers : CNOUS",
    justification:
      "L'acte doit poser une condition sur le statut d'étudiant boursier : un tarif ou une aide qui leur est réservé, ou modulé selon l'échelon de bourse.",
    groups: ["API Statut étudiant boursier"],
  },
  {
    key: "etudiants",
    label: "Étudiants : enseignement supérieur (MESRI)",
    justification:
      "L'acte doit poser une condition sur le statut d'étudiant : un tarif ou une aide réservé aux étudiants inscrits dans l'enseignement supérieur.",
    groups: ["API Statut étudiant"],
  },
  {
    key: "vehicules",
    label: "Véhicules : ANTS",
    justification:
      "L'acte doit fixer un tarif de stationnement résidentiel (article L2333-87 du CGCT), réservé aux résidents et à leur véhicule.",
    groups: ["API Extrait d'immatriculation de véhicule"],
  },
  {
    key: "sport",
    label: "Sportifs de haut niveau",
    justification: "L'acte doit réserver un tarif ou une aide aux sportifs de haut niveau.",
    groups: ["API Statut Sportif de Haut Niveau"],
  },
  {
    key: "service-national",
    label: "Service national",
    justification: "L'acte doit poser une condition liée au service national (journée défense et citoyenneté).",
    groups: ["API Service National"],
  },
  {
    key: "identite",
    label: "Identité (FranceConnect)",
    justification: "La démarche doit exiger d'établir l'identité de l'usager ; l'instructeur apprécie au cas par cas.",
    groups: ["FranceConnect"],
  },
];

/** What one datum needs in the act, where the family's sentence is not precise enough. */
export const SCOPE_REASONS: Readonly<Record<string, string>> = {
  cnaf_quotient_familial: "Un tarif ou une aide par tranche de quotient familial.",
  cnaf_adresse: "Un tarif, une aide ou un accès différent selon le lieu de résidence.",
  cnaf_enfants: "Un tarif ou une aide selon le nombre ou le rang des enfants.",
  cnaf_allocataires: "La vérification de l'identité des parents rattachés au numéro d'allocataire.",
  cnav_participation_familiale_eaje_adresse: "Un accès ou un tarif de l'EAJE différent selon la résidence.",
  cnav_participation_familiale_eaje_enfants: "Le nombre d'enfants à charge, qui fixe le taux d'effort du barème.",
  men_echelon_bourse: "Un tarif ou une aide modulé selon l'échelon de bourse.",
  men_statut_boursier: "Un tarif ou une aide réservé aux élèves boursiers.",
  men_regime_pensionnat: "Un tarif selon le régime : internat, demi-pension.",
  cnous_echelon_bourse: "Un tarif ou une aide modulé selon l'échelon de bourse.",
  pole_emploi_paiements: "Une aide qui dépend du montant des allocations versées.",
};

export interface FamilyWithScopes extends ScopeFamily {
  readonly scopes: readonly ScopeDefinition[];
}

/** Families in form order, each with its scopes in catalogue order; every scope is in one. */
export function scopesByFamily(): FamilyWithScopes[] {
  return SCOPE_FAMILIES.map((family) => ({
    ...family,
    scopes: SCOPES.filter((scope) => family.groups.includes(scope.group)),
  }));
}

export function familyOfScope(key: string): ScopeFamily | undefined {
  const scope = SCOPES.find((candidate) => candidate.key === key);
  return scope && SCOPE_FAMILIES.find((family) => family.groups.includes(scope.group));
}
