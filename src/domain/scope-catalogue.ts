/** The 61 API Particulier data scopes (keys, labels and groups as DataPass defines them). */

export interface ScopeDefinition {
  readonly key: string;
  readonly label: string;
  readonly group: string;
}

const SCOPES: readonly ScopeDefinition[] = [
  { key: "family_name", label: "Nom de naissance", group: "FranceConnect" },
  { key: "given_name", label: "Prénoms", group: "FranceConnect" },
  { key: "birthdate", label: "Date de naissance", group: "FranceConnect" },
  { key: "birthplace", label: "Ville de naissance", group: "FranceConnect" },
  { key: "birthcountry", label: "Pays de naissance", group: "FranceConnect" },
  { key: "gender", label: "Sexe", group: "FranceConnect" },
  { key: "openid", label: "Identifiant technique", group: "FranceConnect" },
  { key: "cnaf_quotient_familial", label: "Quotient familial CAF & MSA", group: "API Quotient familial CAF & MSA" },
  { key: "cnaf_allocataires", label: "Identités allocataire et conjoint", group: "API Quotient familial CAF & MSA" },
  { key: "cnaf_enfants", label: "Identités enfants", group: "API Quotient familial CAF & MSA" },
  { key: "cnaf_adresse", label: "Adresse du foyer", group: "API Quotient familial CAF & MSA" },
  { key: "pole_emploi_identifiant", label: "Identifiant France Travail", group: "API Statut demandeur d'emploi" },
  {
    key: "pole_emploi_identite",
    label: "Statut demandeur d'emploi et identité",
    group: "API Statut demandeur d'emploi",
  },
  { key: "pole_emploi_contact", label: "Téléphones et e-mail", group: "API Statut demandeur d'emploi" },
  { key: "pole_emploi_adresse", label: "Adresse", group: "API Statut demandeur d'emploi" },
  {
    key: "pole_emploi_inscription",
    label: "Données d'inscription France Travail",
    group: "API Statut demandeur d'emploi",
  },
  {
    key: "pole_emploi_paiements",
    label: "Montants et dates des paiements France Travail",
    group: "API Paiements France Travail",
  },
  {
    key: "men_statut_identite",
    label: "Données d'identité de l'élève",
    group: "API Statut élève scolarisé et boursier",
  },
  { key: "men_statut_scolarite", label: "Statut élève scolarisé", group: "API Statut élève scolarisé et boursier" },
  { key: "men_statut_boursier", label: "Statut boursier", group: "API Statut élève scolarisé et boursier" },
  { key: "men_echelon_bourse", label: "Échelon de la bourse", group: "API Statut élève scolarisé et boursier" },
  {
    key: "men_statut_etablissement",
    label: "Code UAI et code ministère de tutelle de l'établissement",
    group: "API Statut élève scolarisé et boursier",
  },
  {
    key: "men_statut_module_elementaire_formation",
    label: "Module élémentaire formation",
    group: "API Statut élève scolarisé et boursier",
  },
  { key: "men_regime_pensionnat", label: "Régime de pensionnat", group: "API Statut élève scolarisé et boursier" },
  { key: "cnous_statut_boursier", label: "Statut étudiant boursier", group: "API Statut étudiant boursier" },
  { key: "cnous_echelon_bourse", label: "Échelon de la bourse", group: "API Statut étudiant boursier" },
  { key: "cnous_identite", label: "Identité", group: "API Statut étudiant boursier" },
  { key: "cnous_email", label: "E-mail", group: "API Statut étudiant boursier" },
  { key: "cnous_periode_versement", label: "Période de versement", group: "API Statut étudiant boursier" },
  { key: "cnous_ville_etudes", label: "Ville d‘études et établissement", group: "API Statut étudiant boursier" },
  { key: "cnous_ine", label: "Identifiant national étudiant (INE)", group: "API Statut étudiant boursier" },
  { key: "mesri_identite", label: "Identité de l'étudiant", group: "API Statut étudiant" },
  { key: "mesri_admissions", label: "Liste des admissions de l'étudiant", group: "API Statut étudiant" },
  { key: "mesri_admission_inscrit", label: "Statut inscrit", group: "API Statut étudiant" },
  { key: "mesri_admission_regime_formation", label: "Régime de formation", group: "API Statut étudiant" },
  {
    key: "mesri_admission_commune_etudes",
    label: "Code COG Insee de la commune de l'établissement",
    group: "API Statut étudiant",
  },
  {
    key: "mesri_admission_etablissement_etudes",
    label: "Appelation et code UAI de l'établissement",
    group: "API Statut étudiant",
  },
  { key: "complementaire_sante_solidaire", label: "Statut C2S", group: "API Complémentaire Santé Solidaire" },
  { key: "revenu_solidarite_active", label: "Statut RSA", group: "API Revenue de Solidarité Active" },
  { key: "revenu_solidarite_active_majoration", label: "Majoration RSA", group: "API Revenue de Solidarité Active" },
  { key: "prime_activite", label: "Statut Prime d'activité", group: "API Prime d'Activité" },
  { key: "prime_activite_majoration", label: "Majoration Prime d'activité", group: "API Prime d'Activité" },
  { key: "allocation_soutien_familial", label: "Statut ASF", group: "API Allocation Soutien Familial" },
  { key: "allocation_adulte_handicape", label: "Statut AAH", group: "API Allocation Adulte Handicapé" },
  {
    key: "cnav_allocation_enfant_handicape",
    label: "Statut AEEH",
    group: "API Allocation d'Éducation de l'Enfant Handicapé",
  },
  {
    key: "cnav_allocation_rentree_scolaire",
    label: "Statut allocation de rentrée scolaire",
    group: "API Statut allocation de rentrée scolaire",
  },
  { key: "dsnj_statut_service_national", label: "Statut Service National", group: "API Service National" },
  {
    key: "sdh_statut_sportif_identite",
    label: "Statut Sportif de Haut Niveau - Identité",
    group: "API Statut Sportif de Haut Niveau",
  },
  {
    key: "sdh_statut_sportif_est_sportif_de_haut_niveau",
    label: "Statut Sportif de Haut Niveau - Statut",
    group: "API Statut Sportif de Haut Niveau",
  },
  {
    key: "sdh_statut_sportif_a_ete_sportif_de_haut_niveau",
    label: "Statut Sportif de Haut Niveau - Statut précédent",
    group: "API Statut Sportif de Haut Niveau",
  },
  {
    key: "sdh_statut_sportif_informations_statut",
    label: "Statut Sportif de Haut Niveau - Informations statut",
    group: "API Statut Sportif de Haut Niveau",
  },
  {
    key: "sdh_statut_sportif_informations_statuts_precedents",
    label: "Statut Sportif de Haut Niveau - Informations statuts précédents",
    group: "API Statut Sportif de Haut Niveau",
  },
  {
    key: "ants_extrait_immatriculation_vehicule_identite_particulier",
    label: "Extrait d'immatriculation de véhicule - Identité du particulier",
    group: "API Extrait d'immatriculation de véhicule",
  },
  {
    key: "ants_extrait_immatriculation_vehicule_adresse_particulier",
    label: "Extrait d'immatriculation de véhicule - Adresse du particulier",
    group: "API Extrait d'immatriculation de véhicule",
  },
  {
    key: "ants_extrait_immatriculation_vehicule_statut_rattachement",
    label: "Extrait d'immatriculation de véhicule - Statut de rattachement",
    group: "API Extrait d'immatriculation de véhicule",
  },
  {
    key: "ants_extrait_immatriculation_vehicule_donnees_immatriculation_vehicule",
    label: "Extrait d'immatriculation de véhicule - Données d'immatriculation du véhicule",
    group: "API Extrait d'immatriculation de véhicule",
  },
  {
    key: "ants_extrait_immatriculation_vehicule_caracteristiques_techniques_vehicule",
    label: "Extrait d'immatriculation de véhicule - Caractéristiques techniques du véhicule",
    group: "API Extrait d'immatriculation de véhicule",
  },
  {
    key: "cnav_participation_familiale_eaje_allocataires",
    label: "Identités allocataire et conjoint",
    group: "API Participation familiale EAJE",
  },
  {
    key: "cnav_participation_familiale_eaje_enfants",
    label: "Identités enfants",
    group: "API Participation familiale EAJE",
  },
  {
    key: "cnav_participation_familiale_eaje_adresse",
    label: "Adresse du foyer",
    group: "API Participation familiale EAJE",
  },
  {
    key: "cnav_participation_familiale_eaje_parametres_calcul",
    label: "Paramètres pris en compte pour le calcul du tarif",
    group: "API Participation familiale EAJE",
  },
];

const BY_KEY = new Map(SCOPES.map((scope) => [scope.key, scope]));

export function isScopeKey(key: string): boolean {
  return BY_KEY.has(key);
}

export function scopeLabel(key: string): string {
  return BY_KEY.get(key)?.label ?? key;
}

/** Groups in catalogue order, for forms that show scopes grouped as DataPass does. */
export function scopeGroups(): { group: string; scopes: ScopeDefinition[] }[] {
  const groups = new Map<string, ScopeDefinition[]>();
  for (const scope of SCOPES) groups.set(scope.group, [...(groups.get(scope.group) ?? []), scope]);
  return [...groups].map(([group, scopes]) => ({ group, scopes }));
}
