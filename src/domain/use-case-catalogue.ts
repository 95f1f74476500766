/**
 * The generic use cases of the API Particulier request form (keys from DataPass's forms),
 * with the scopes each one pre-selects and the legal texts it usually cites.
 */

export interface UseCase {
  readonly key: string;
  readonly label: string;
  readonly defaultScopes: readonly string[];
  /** Legal texts specific to the use case; L114-8 CRPA alone is never enough. */
  readonly legalTexts: readonly string[];
  /** The document the instructor expects, in a town-hall agent's words. */
  readonly expectedAct: string;
}

const L114_8 =
  "Article L114-8 du Code des relations entre le public et l'administration (cadre général des échanges de données)";
const DELIBERATION = "La délibération (ou l'arrêté) qui fixe les tarifs ou les conditions d'attribution.";

export const USE_CASES: readonly UseCase[] = [
  {
    key: "tarification-municipale-enfance",
    label: "Tarification sociale des services municipaux à l'enfance",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8],
    expectedAct:
      "La délibération du conseil qui fixe la grille tarifaire (cantine, périscolaire, centre de loisirs, conservatoire…).",
  },
  {
    key: "tarification-eaje",
    label: "Tarification sociale des services municipaux à la petite enfance",
    defaultScopes: [
      "cnav_participation_familiale_eaje_allocataires",
      "cnav_participation_familiale_eaje_enfants",
      "cnav_participation_familiale_eaje_adresse",
      "cnav_participation_familiale_eaje_parametres_calcul",
    ],
    legalTexts: [L114_8],
    expectedAct: "La convention d'objectifs et de financement signée avec la CAF (barème PSU).",
  },
  {
    key: "tarification-cantines-colleges",
    label: "Tarification cantine collèges",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
  },
  {
    key: "tarification-cantines-lycees",
    label: "Tarification cantine lycées",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
  },
  {
    key: "aides-sociales-ccas",
    label: "Aides sociales des CCAS",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Articles L123-5 et R123-2 du Code de l'action sociale et des familles"],
    expectedAct: "La délibération du conseil d'administration du CCAS qui fixe les conditions d'attribution des aides.",
  },
  {
    key: "aides-sociales-ccas-facultatives",
    label: "Aides sociales des CCAS dont aides facultatives",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [
      L114_8,
      "Articles L123-5 et R123-2 du Code de l'action sociale et des familles",
      "Article R123-21 du Code de l'action sociale et des familles (aides facultatives)",
    ],
    expectedAct: "La délibération du conseil d'administration du CCAS qui fixe les conditions d'attribution des aides.",
  },
  {
    key: "aides-facultatives-regionales",
    label: "Aides facultatives régionales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil régional qui crée l'aide et fixe ses conditions d'attribution.",
  },
  {
    key: "aides-facultatives-departementales",
    label: "Aides facultatives départementales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil départemental qui crée l'aide et fixe ses conditions d'attribution.",
  },
  {
    key: "tarification-transports",
    label: "Tarification des transports",
    defaultScopes: [],
    legalTexts: [L114_8, "Articles L1231-1 et L1231-3 du Code des transports"],
    expectedAct: "La délibération de l'autorité organisatrice qui fixe la tarification sociale.",
  },
  {
    key: "stationnement-residentiel",
    label: "Gestion du stationnement résidentiel",
    defaultScopes: [
      "ants_extrait_immatriculation_vehicule_identite_particulier",
      "ants_extrait_immatriculation_vehicule_adresse_particulier",
      "ants_extrait_immatriculation_vehicule_statut_rattachement",
      "ants_extrait_immatriculation_vehicule_donnees_immatriculation_vehicule",
      "ants_extrait_immatriculation_vehicule_caracteristiques_techniques_vehicule",
    ],
    legalTexts: [L114_8, "Article L2333-87 du Code général des collectivités territoriales"],
    expectedAct: "La délibération qui fixe le tarif résident du stationnement.",
  },
  {
    key: "gestion-rh-secteur-public",
    label: "Gestion RH du secteur public",
    defaultScopes: [
      "mesri_identite",
      "mesri_admissions",
      "mesri_admission_inscrit",
      "mesri_admission_regime_formation",
      "mesri_admission_commune_etudes",
      "mesri_admission_etablissement_etudes",
    ],
    legalTexts: [L114_8],
    expectedAct: DELIBERATION,
  },
  {
    key: "demande-libre",
    label: "Demande libre",
    defaultScopes: [],
    legalTexts: [],
    expectedAct: DELIBERATION,
  },
];

const BY_KEY = new Map(USE_CASES.map((useCase) => [useCase.key, useCase]));

export function findUseCase(key: string): UseCase | undefined {
  return BY_KEY.get(key);
}

export function useCaseLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}
