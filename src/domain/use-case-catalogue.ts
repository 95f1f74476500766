/**
 * The generic use cases of the API Particulier request form (keys from DataPass's forms),
 * with the scopes each one pre-selects and the legal texts it usually cites.
 */

export interface UseCase {
  readonly key: string;
  /** DataPass's form id (`form_uid`), one per use case: what editors and DataPass's API say. */
  readonly datapassForm: string;
  /** DataPass's use-case key; two forms may share one (collèges and lycées), then it names neither alone. */
  readonly datapassUseCase: string | null;
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
    datapassForm: "api-particulier-tarification-municipale-enfance",
    datapassUseCase: "tarification_municipale_enfance",
    label: "Tarification sociale des services municipaux à l'enfance",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8],
    expectedAct:
      "La délibération du conseil qui fixe la grille tarifaire (cantine, périscolaire, centre de loisirs, conservatoire…).",
    why: "Les tarifs de la cantine, du périscolaire ou du centre de loisirs varient le plus souvent selon le quotient familial : il est coché. Ajoutez l'adresse ou les enfants seulement si votre grille distingue les résidents ou le nombre d'enfants.",
  },
  {
    key: "tarification-eaje",
    datapassForm: "api-particulier-tarification-eaje",
    datapassUseCase: "tarification_eaje",
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
    datapassForm: "api-particulier-tarification-cantines-colleges",
    datapassUseCase: "cantines-colleges-lycees-tarification",
    label: "Tarification cantine collèges",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
    why: "Le tarif de la cantine du collège varie le plus souvent selon le quotient familial : il est coché. Si votre tarif dépend de la bourse de l'élève, choisissez plutôt le statut boursier ou l'échelon.",
  },
  {
    key: "tarification-cantines-lycees",
    datapassForm: "api-particulier-tarification-cantines-lycees",
    datapassUseCase: "cantines-colleges-lycees-tarification",
    label: "Tarification cantine lycées",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Article R531-52 du Code de l'éducation (tarifs de la restauration scolaire)"],
    expectedAct: DELIBERATION,
    why: "Le tarif de la cantine du lycée varie le plus souvent selon le quotient familial : il est coché. Si votre tarif dépend de la bourse de l'élève, choisissez plutôt le statut boursier ou l'échelon.",
  },
  {
    key: "aides-sociales-ccas",
    datapassForm: "api-particulier-aides-sociales-ccas",
    datapassUseCase: "ccas",
    label: "Aides sociales des CCAS",
    defaultScopes: ["cnaf_quotient_familial"],
    legalTexts: [L114_8, "Articles L123-5 et R123-2 du Code de l'action sociale et des familles"],
    expectedAct: "La délibération du conseil d'administration du CCAS qui fixe les conditions d'attribution des aides.",
    why: "Les aides du CCAS sont le plus souvent attribuées selon le quotient familial : il est coché. Ajoutez une prestation (RSA, AAH…) seulement si le règlement d'aide sociale la pose comme condition.",
  },
  {
    key: "aides-sociales-ccas-facultatives",
    datapassForm: "api-particulier-aides-sociales-ccas-dont-facultatives",
    datapassUseCase: "ccas",
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
    datapassForm: "api-particulier-aides-facultatives-regionales",
    datapassUseCase: "aides_facultatives",
    label: "Aides facultatives régionales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil régional qui crée l'aide et fixe ses conditions d'attribution.",
    why: "Rien n'est coché : choisissez les données qui correspondent aux conditions d'attribution fixées par la délibération (statut d'étudiant, de demandeur d'emploi, quotient familial…).",
  },
  {
    key: "aides-facultatives-departementales",
    datapassForm: "api-particulier-aides-facultatives-departementales",
    datapassUseCase: "aides_facultatives",
    label: "Aides facultatives départementales",
    defaultScopes: [],
    legalTexts: [L114_8],
    expectedAct: "La délibération du conseil départemental qui crée l'aide et fixe ses conditions d'attribution.",
    why: "Rien n'est coché : choisissez les données qui correspondent aux conditions d'attribution fixées par la délibération (prestation sociale, quotient familial…).",
  },
  {
    key: "tarification-transports",
    datapassForm: "api-particulier-tarification-transports",
    datapassUseCase: "tarification_transports",
    label: "Tarification des transports",
    defaultScopes: [],
    legalTexts: [L114_8, "Articles L1231-1 et L1231-3 du Code des transports"],
    expectedAct: "La délibération de l'autorité organisatrice qui fixe la tarification sociale.",
    why: "Rien n'est coché : la tarification sociale des transports dépend du réseau. Choisissez les données que votre délibération pose comme condition (quotient familial, statut d'étudiant ou de demandeur d'emploi, prestation sociale…).",
  },
  {
    key: "stationnement-residentiel",
    datapassForm: "api-particulier-stationnement-residentiel",
    datapassUseCase: "stationnement_residentiel",
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
    datapassForm: "api-particulier-gestion-rh-secteur-public",
    datapassUseCase: "gestion_rh_secteur_public",
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
    datapassForm: "api-particulier",
    datapassUseCase: null,
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

export type UseCaseResolution =
  { readonly useCase: UseCase } | { readonly ambiguous: readonly string[] } | { readonly unknown: true };

const BY_FORM = new Map(USE_CASES.map((useCase) => [useCase.datapassForm, useCase]));
const BY_DATAPASS_KEY = new Map<string, UseCase[]>();
for (const useCase of USE_CASES) {
  if (useCase.datapassUseCase === null) continue;
  BY_DATAPASS_KEY.set(useCase.datapassUseCase, [...(BY_DATAPASS_KEY.get(useCase.datapassUseCase) ?? []), useCase]);
}

/**
 * A use case named the way its sender knows it: Cadre's key, DataPass's form id, or DataPass's
 * use-case key. A DataPass key shared by two forms is not guessed: the sender is told both forms.
 */
export function resolveUseCase(value: string): UseCaseResolution {
  const direct = BY_KEY.get(value) ?? BY_FORM.get(value);
  if (direct) return { useCase: direct };
  const byDatapassKey = BY_DATAPASS_KEY.get(value) ?? [];
  if (byDatapassKey.length === 1) return { useCase: byDatapassKey[0]! };
  if (byDatapassKey.length > 1) return { ambiguous: byDatapassKey.map((useCase) => useCase.datapassForm) };
  return { unknown: true };
}

/** DataPass's form id for one of Cadre's keys (null for a key Cadre no longer knows). */
export function datapassFormOf(key: string): string | null {
  return BY_KEY.get(key)?.datapassForm ?? null;
}

/** Every value `resolveUseCase` accepts, for the OpenAPI enum and the 422 message. */
export const ACCEPTED_USE_CASE_VALUES: readonly string[] = [
  ...USE_CASES.map((useCase) => useCase.datapassForm),
  ...[...BY_DATAPASS_KEY].filter(([, forms]) => forms.length === 1).map(([key]) => key),
  ...USE_CASES.map((useCase) => useCase.key),
];
