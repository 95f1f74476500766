/**
 * Requests from the CCAS, the two EPCI, the département and the région: social aid,
 * transport pricing and pupils' aid, each with its own way of getting a scope wrong.
 */

import {
  accept,
  ADDRESS,
  ALLOC,
  askTariffAct,
  C2S,
  CHILDHOOD,
  CHILDREN,
  GENERIC_ONLY,
  JOBSEEKER,
  PUPIL,
  QF,
  reject,
  reopen,
  submit,
  type Scenario,
} from "./kit";

const RSA = "revenu_solidarite_active";
const CCAS_AID = "aides-sociales-ccas-facultatives";
const TRANSPORT = "tarification-transports";
const DEPARTEMENT_AID = "aides-facultatives-departementales";
const REGION_AID = "aides-facultatives-regionales";

export const OTHER_SCENARIOS: readonly Scenario[] = [
  // CCAS de Port-Sainte-Anne
  {
    org: "ccas-port-sainte-anne",
    applicant: "ccas-sandrine",
    instructor: "instructor-karim",
    useCase: CCAS_AID,
    scopes: [QF, "prime_activite", "allocation_soutien_familial", "allocation_adulte_handicape"],
    act: "ccas-aides-facultatives",
    daysAgo: 160,
    steps: [
      submit,
      reject(
        "{Acte} fixe un barème selon le quotient familial, mais aucune aide ni aucune condition ne dépend de la prime d'activité, de l'allocation de soutien familial ou de l'allocation aux adultes handicapés : ces trois données ne sont pas justifiées. Merci de déposer une nouvelle demande limitée aux données que le règlement utilise (quotient familial, RSA, résidence).",
      ),
    ],
  },
  {
    org: "ccas-port-sainte-anne",
    applicant: "ccas-sandrine",
    instructor: "instructor-karim",
    useCase: CCAS_AID,
    scopes: [QF, RSA],
    act: "ccas-aides-facultatives",
    daysAgo: 100,
    steps: [
      submit,
      accept(
        "Barème de l'aide alimentaire selon le quotient familial (article 2) et bénéficiaires du RSA placés en tranche 1 (article 3) : données justifiées.",
      ),
    ],
  },
  {
    org: "ccas-port-sainte-anne",
    applicant: "ccas-sandrine",
    instructor: "demo-instructor",
    useCase: CCAS_AID,
    scopes: [QF, RSA, ADDRESS, ALLOC],
    act: "ccas-aides-facultatives",
    daysAgo: 12,
    steps: [submit],
    messages: [
      {
        after: 0,
        from: "instructor",
        body: "Bonjour, pouvez-vous confirmer que le règlement joint est celui appliqué aujourd'hui ? Votre précédente demande citait une autre délibération.",
      },
      {
        after: 0,
        from: "applicant",
        body: "Bonjour, oui : ce règlement a remplacé le précédent et s'applique depuis son entrée en vigueur. Bien cordialement.",
      },
    ],
  },
  {
    org: "ccas-port-sainte-anne",
    applicant: "ccas-sandrine",
    instructor: "instructor-julie",
    useCase: "aides-sociales-ccas",
    scopes: [QF, ALLOC],
    act: "api-particulier-generique",
    daysAgo: 35,
    steps: [
      submit,
      askTariffAct(
        `${GENERIC_ONLY} Merci de transmettre la délibération du conseil d'administration qui fixe les conditions d'attribution des aides (barème, plafonds de ressources).`,
      ),
    ],
  },

  // Communauté de communes du Val de Serre: intercommunal leisure centre and on-demand transport.
  {
    org: "cc-val-de-serre",
    applicant: "serre-aurelie",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN, ALLOC],
    act: "periscolaire-fratrie",
    daysAgo: 155,
    steps: [submit, accept()],
  },
  {
    org: "cc-val-de-serre",
    applicant: "serre-aurelie",
    instructor: "instructor-karim",
    useCase: TRANSPORT,
    scopes: [...JOBSEEKER, C2S],
    act: "transport-solidaire",
    daysAgo: 14,
    steps: [submit],
  },
  {
    org: "cc-val-de-serre",
    applicant: "serre-aurelie",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN],
    act: "tarif-unique-loisirs",
    daysAgo: 65,
    steps: [
      submit,
      reject(
        "{Acte} fixe un tarif unique de la journée d'accueil de loisirs et précise que le quotient familial n'est pas pris en compte ; le tarif ne varie pas non plus selon le nombre d'enfants. Aucune des deux données demandées n'est justifiée.",
      ),
    ],
  },

  // Communauté d'agglomération Adour et Gaves: the transport authority.
  {
    org: "ca-adour-gaves",
    applicant: "adour-pierre",
    instructor: "instructor-karim",
    useCase: TRANSPORT,
    scopes: [...JOBSEEKER, C2S, QF],
    act: "transport-solidaire-qf",
    daysAgo: 160,
    steps: [
      submit,
      accept(
        "Tarifs pour les demandeurs d'emploi (article 2), les bénéficiaires de la C2S (article 3) et abonnement selon le quotient familial (article 4) : données justifiées.",
      ),
    ],
  },
  {
    org: "ca-adour-gaves",
    applicant: "adour-marion",
    instructor: "demo-instructor",
    useCase: TRANSPORT,
    scopes: [...JOBSEEKER, C2S, QF, CHILDREN],
    act: "transport-solidaire",
    daysAgo: 75,
    steps: [
      submit,
      accept(),
      reopen(
        "Réouverture demandée par l'équipe d'instruction : la validation a été prononcée alors que {acte} ne fixe aucun tarif selon le quotient familial ni selon le nombre d'enfants. Les données « Quotient familial » et « Identités enfants » doivent être réexaminées.",
      ),
    ],
  },
  {
    org: "ca-adour-gaves",
    applicant: "adour-pierre",
    instructor: "instructor-julie",
    useCase: TRANSPORT,
    scopes: [JOBSEEKER[0], C2S],
    act: "api-particulier-generique",
    daysAgo: 26,
    steps: [
      submit,
      askTariffAct(
        `${GENERIC_ONLY} Merci de transmettre la délibération de l'autorité organisatrice qui fixe la tarification solidaire (réductions pour les demandeurs d'emploi et les bénéficiaires de la C2S).`,
      ),
    ],
  },
  {
    org: "ca-adour-gaves",
    applicant: "adour-marion",
    useCase: TRANSPORT,
    scopes: [...JOBSEEKER, QF],
    act: "transport-solidaire-qf",
    daysAgo: 5,
    steps: [],
  },

  // Département de la Charente
  {
    org: "charente",
    applicant: "charente-isabelle",
    instructor: "demo-instructor",
    useCase: "tarification-cantines-colleges",
    scopes: [...PUPIL],
    act: "departement-collegiens-boursiers",
    daysAgo: 145,
    steps: [
      submit,
      accept(
        "L'aide est modulée selon l'échelon de la bourse nationale de collège (article 2) : statut boursier et échelon justifiés, ainsi que l'identité et la scolarité de l'élève nécessaires à la vérification.",
      ),
    ],
  },
  {
    org: "charente",
    applicant: "charente-isabelle",
    instructor: "instructor-julie",
    useCase: DEPARTEMENT_AID,
    scopes: [...PUPIL, QF],
    act: "departement-collegiens-boursiers",
    daysAgo: 20,
    steps: [submit],
    messages: [
      {
        after: 0,
        from: "instructor",
        body: "Bonjour, votre demande porte aussi sur le quotient familial, mais la délibération jointe ne prévoit d'aide que pour les élèves boursiers, selon l'échelon. Une aide selon le quotient familial est-elle prévue par un autre acte ?",
      },
      {
        after: 0,
        from: "applicant",
        body: "Bonjour, une aide aux familles non boursières selon le quotient familial sera proposée à la prochaine commission permanente. Nous vous transmettrons la délibération dès son adoption.",
      },
    ],
  },
  {
    org: "charente",
    applicant: "charente-isabelle",
    instructor: "instructor-karim",
    useCase: DEPARTEMENT_AID,
    scopes: [QF, ADDRESS, CHILDREN, ALLOC],
    act: "api-particulier-generique",
    daysAgo: 115,
    steps: [
      submit,
      reject(
        "{Acte} décide seulement d'utiliser API Particulier et ne vise que l'article L114-8 du CRPA, qui ne suffit pas à fonder l'accès aux données. Aucune aide ni condition d'attribution n'y est définie : la minimisation des données ne peut être vérifiée. Merci de déposer une nouvelle demande avec la délibération qui crée l'aide et en fixe les conditions.",
      ),
    ],
  },

  // Région Centre-Val de Loire
  {
    org: "centre-val-de-loire",
    applicant: "cvl-francois",
    instructor: "instructor-karim",
    useCase: REGION_AID,
    scopes: [QF, "men_statut_scolarite", "men_statut_boursier", "men_echelon_bourse"],
    act: "region-equipement-lyceens",
    daysAgo: 11,
    steps: [submit],
  },
  {
    org: "centre-val-de-loire",
    applicant: "cvl-francois",
    instructor: "demo-instructor",
    useCase: REGION_AID,
    scopes: [QF, ...PUPIL],
    act: "region-equipement-lyceens",
    daysAgo: 125,
    steps: [submit, accept()],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Merci pour cette validation : le téléservice pourra ouvrir comme prévu à la rentrée.",
      },
    ],
  },
  {
    org: "centre-val-de-loire",
    applicant: "cvl-francois",
    useCase: REGION_AID,
    scopes: ["men_statut_boursier", "men_echelon_bourse"],
    daysAgo: 6,
    steps: [],
    legalFrameworkText:
      "Délibération de la commission permanente relative à l'aide régionale au transport des lycéens (en préparation)",
  },
];
