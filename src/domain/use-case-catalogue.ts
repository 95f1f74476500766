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
  /** Why these data are pre-selected, and what to add or remove, for the agent choosing. */
  readonly why: string;
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
    why: "Les tarifs de la cantine, du périscolaire ou du centre de loisirs varient le plus souvent selon le quotient familial : il est coché. Ajoutez l'adresse ou les enfants seulement si votre grille distingue les résidents ou le nombre d'enfants.",
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
    why: "Le barème national de la CAF pour l'accueil du jeune enfant se calcule sur les ressources, le nombre d'enfants et l'adresse du foyer : les quatre données de la participation familiale EAJE sont cochées.",
  },
  {
    key: "tarification-cantines-colleges",
    label: "Tarification cantine collèges",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
    why: "Le tarif de la cantine du collège varie le plus souvent selon le quotient familial : il est coché. Si votre tarif dépend de la bourse de l'élève, choisissez plutôt le statut boursier ou l'échelon.",
  },
  {
    key: "tarification-cantines-lycees",
    label: "Tarification cantine lycées",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
    why: "Le tarif de la cantine du lycée varie le plus souvent selon le quotient familial : il est coché. Si votre tarif dépend de la bourse de l'élève, choisissez plutôt le statut boursier ou l'échelon.",
  },
  {
    key: "aides-sociales-ccas",
    label: "Aides sociales des CCAS",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Articles L123-5 et R123-2 du Code de l'action sociale et des familles"],
    expectedAct: "La délibération du conseil d'administration du CCAS qui fixe les conditions d'attribution des aides.",
    why: "Les aides du CCAS sont le plus souvent attribuées selon le quotient familial : il est coché. Ajoutez une prestation (RSA, AAH…) seulement si le règlement d'aide sociale la pose comme condition.",
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
    why: "Les aides facultatives du CCAS sont le plus souvent attribuées selon le quotient familial : il est coché. Ajoutez une prestation (RSA, AAH…) seulement si le règlement la pose comme condition.",
  },
  {
    key: "aides-facultatives-regionales",
    label: "Aides facultatives régionales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil régional qui crée l'aide et fixe ses conditions d'attribution.",
    why: "Rien n'est coché : choisissez les données qui correspondent aux conditions d'attribution fixées par la délibération (statut d'étudiant, de demandeur d'emploi, quotient familial…).",
  },
  {
    key: "aides-facultatives-departementales",
    label: "Aides facultatives départementales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil départemental qui crée l'aide et fixe ses conditions d'attribution.",
    why: "Rien n'est coché : choisissez les données qui correspondent aux conditions d'attribution fixées par la délibération (prestation sociale, quotient familial…).",
  },
  {
    key: "tarification-transports",
    label: "Tarification des transports",
    defaultScopes: [],
    legalTexts: [L114_8, "Articles L1231-1 et L1231-3 du Code des transports"],
    expectedAct: "La délibération de l'autorité organisatrice qui fixe la tarification sociale.",
    why: "Rien n'est coché : la tarification sociale des transports dépend du réseau. Choisissez les données que votre délibération pose comme condition (quotient familial, statut d'étudiant ou de demandeur d'emploi, prestation sociale…).",
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
    why: "Le tarif résident se vérifie sur le certificat d'immatriculation : l'identité, l'adresse et le véhicule du titulaire sont cochés.",
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
    why: "Les données du statut étudiant sont cochées pour vérifier l'inscription dans l'enseignement supérieur ; retirez celles dont votre procédure n'a pas besoin.",
  },
  {
    key: "demande-libre",
    label: "Demande libre",
    defaultScopes: [],
    legalTexts: [],
    expectedAct: DELIBERATION,
    why: "Rien n'est coché : choisissez seulement les données dont dépendent vos tarifs, vos aides ou vos conditions d'accès.",
  },
];

const BY_KEY = new Map(USE_CASES.map((useCase) => [useCase.key, useCase]));

export function findUseCase(key: string): UseCase | undefined {
  return BY_KEY.get(key);
}

export function useCaseLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}

/**
 * The data after choosing `after` in place of `before`: the previous use case's data go, the
 * new one's come, and what the agent ticked by hand stays. Choosing the same use case again
 * changes nothing, so data the agent unticked stay unticked.
 */
export function scopesAfterChoosing(current: readonly string[], before: string, after: string): string[] {
  const chosen = findUseCase(after);
  if (!chosen || before === after) return [...current];
  const previous = new Set(findUseCase(before)?.defaultScopes ?? []);
  return [...new Set([...current.filter((scope) => !previous.has(scope)), ...chosen.defaultScopes])];
}
