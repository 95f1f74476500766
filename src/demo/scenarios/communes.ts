/**
 * The communes' requests. Flawed requests are flawed on purpose (a flat tariff, a generic
 * délibération, minutes without their annex) and their motivations say what is missing.
 */

import {
  accept,
  ADDRESS,
  ALLOC,
  ANNEX_MISSING,
  askTariffAct,
  C2S,
  CHILDHOOD,
  CHILDREN,
  GENERIC_ONLY,
  JOBSEEKER,
  provide,
  QF,
  reject,
  reopen,
  submit,
  type Scenario,
} from "./kit";

export const COMMUNE_SCENARIOS: readonly Scenario[] = [
  // Montclar-sur-Vienne: the demo applicant's commune, one request in every state.
  {
    org: "montclar",
    applicant: "demo-applicant",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN],
    daysAgo: 3,
    steps: [],
    legalFrameworkText:
      "Délibération du conseil municipal fixant les tarifs des séjours d'été (en attente de signature)",
  },
  {
    org: "montclar",
    applicant: "demo-applicant",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "cantine-qf-exterieurs",
    daysAgo: 16,
    steps: [submit],
    messages: [
      {
        after: 0,
        from: "applicant",
        body: "Bonjour, la délibération jointe remplace celle de 2022 ; les nouveaux tarifs s'appliquent à la rentrée. Nous restons à votre disposition pour tout complément.",
      },
      {
        after: 0,
        from: "instructor",
        body: "Bonjour, merci pour ces précisions. Je prends votre demande en charge et reviens vers vous rapidement.",
      },
    ],
  },
  {
    org: "montclar",
    applicant: "demo-applicant",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, ALLOC, CHILDREN],
    act: "api-particulier-generique",
    daysAgo: 30,
    steps: [
      submit,
      askTariffAct(
        `${GENERIC_ONLY} Merci de transmettre la délibération (ou l'arrêté) qui fixe la grille tarifaire des accueils concernés ; une délibération ancienne convient si elle est toujours en vigueur.`,
      ),
    ],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Bonjour, notre délibération tarifaire date de 2019 et n'a pas été modifiée depuis. Est-elle recevable malgré son ancienneté ?",
      },
      {
        after: 1,
        from: "instructor",
        body: "Bonjour, oui : une délibération ancienne convient dès lors qu'elle fixe les tarifs encore appliqués. Vous pouvez la déposer depuis la page de la demande.",
      },
    ],
  },
  {
    org: "montclar",
    applicant: "demo-applicant",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN, ALLOC],
    act: "periscolaire-fratrie",
    daysAgo: 120,
    steps: [
      submit,
      accept(
        "La grille de l'article 1er varie selon le quotient familial, l'article 3 prévoit une réduction à partir du 3e enfant et l'article 4 la vérification du numéro d'allocataire : les trois données demandées sont justifiées.",
      ),
    ],
  },
  {
    org: "montclar",
    applicant: "montclar-julien",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "tarif-unique-musique",
    daysAgo: 95,
    steps: [
      submit,
      reject(
        "{Acte} fixe une cotisation unique et précise que le quotient familial n'est pas pris en compte ; aucune majoration n'est prévue pour les familles domiciliées hors de la commune. Ni le quotient familial ni l'adresse ne sont donc nécessaires au calcul du tarif. Si une grille selon le quotient familial est adoptée, vous pourrez déposer une nouvelle demande avec cette délibération.",
      ),
    ],
  },
  {
    org: "montclar",
    applicant: "demo-applicant",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS, CHILDREN, ALLOC],
    act: "proces-verbal-grille-en-annexe",
    provided: "acte-tarifaire-annexe",
    daysAgo: 170,
    steps: [
      submit,
      askTariffAct(ANNEX_MISSING),
      provide,
      accept(
        "L'annexe transmise fixe la grille selon le quotient familial, le tarif des extérieurs, la réduction à partir du 3e enfant et la vérification du numéro d'allocataire : les quatre données demandées sont justifiées.",
      ),
    ],
    messages: [
      {
        after: 2,
        from: "applicant",
        body: "Bonjour, voici l'annexe tarifaire de la délibération, restée par erreur dans un autre dossier. Désolés pour ce retard.",
      },
    ],
  },
  {
    org: "montclar",
    applicant: "montclar-julien",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "decision-maire-sejours",
    daysAgo: 60,
    steps: [
      submit,
      reject(
        "{Acte} n'est pas une délibération du conseil municipal. Merci de transmettre la délibération fixant les tarifs des séjours.",
      ),
      reopen(
        "Le refus reposait sur l'absence de délibération. Or une décision du Maire prise par délégation du conseil municipal (article L2122-22, 2° du CGCT) est un acte valable pour fixer des tarifs. La demande est rouverte pour un nouvel examen au fond.",
      ),
    ],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Bonjour, les tarifs des séjours sont fixés par décision du Maire, le conseil municipal lui ayant délégué cette compétence en 2020 (la délibération de délégation est visée dans la décision). Pourriez-vous réexaminer notre demande ?",
      },
      {
        after: 1,
        from: "instructor",
        body: "Bonjour, vous avez raison : une décision prise par délégation convient. J'ai demandé la réouverture de la décision.",
      },
    ],
  },

  // Port-Sainte-Anne: a large town, several services.
  {
    org: "port-sainte-anne",
    applicant: "psa-nathalie",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "proces-verbal-cantine",
    daysAgo: 150,
    legalFrameworkUrl: "https://www.ville-port-sainte-anne.fr/conseil-municipal/proces-verbaux",
    steps: [
      submit,
      accept(
        "Le point 3 du procès-verbal fixe le prix du repas selon le quotient familial et un tarif pour les familles domiciliées hors commune : quotient familial et adresse justifiés.",
      ),
    ],
  },
  {
    org: "port-sainte-anne",
    applicant: "psa-yann",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "conservatoire-residents",
    daysAgo: 9,
    steps: [submit],
    messages: [
      {
        after: 0,
        from: "applicant",
        body: "Bonjour, les inscriptions au conservatoire ouvrent le mois prochain : pouvez-vous nous indiquer le délai d'instruction habituel ? Merci d'avance.",
      },
      {
        after: 0,
        from: "instructor",
        body: "Bonjour, le délai moyen est d'une dizaine de jours. Votre dossier paraît complet à première lecture ; je le traite dès que possible.",
      },
    ],
  },
  {
    org: "port-sainte-anne",
    applicant: "psa-nathalie",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "api-particulier-generique",
    daysAgo: 22,
    steps: [
      submit,
      askTariffAct(
        `${GENERIC_ONLY} Merci de transmettre la délibération qui fixe les tarifs de la restauration scolaire (grille selon le quotient familial, tarif des familles extérieures).`,
      ),
    ],
  },
  {
    org: "port-sainte-anne",
    applicant: "psa-yann",
    useCase: CHILDHOOD,
    scopes: [QF],
    act: "conservatoire-residents",
    daysAgo: 2,
    steps: [],
  },
  {
    org: "port-sainte-anne",
    applicant: "psa-nathalie",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN, ...JOBSEEKER, C2S],
    act: "periscolaire-fratrie",
    daysAgo: 80,
    steps: [
      submit,
      reject(
        "{Acte} justifie le quotient familial (grille de l'article 1er) et les identités des enfants (réduction à partir du 3e enfant). En revanche, aucun tarif ni aucune réduction ne dépend du statut de demandeur d'emploi ou du bénéfice de la complémentaire santé solidaire : ces données ne sont pas justifiées. Merci de déposer une nouvelle demande limitée aux données prévues par la délibération.",
      ),
    ],
  },
  {
    org: "port-sainte-anne",
    applicant: "psa-yann",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "decision-maire-sejours",
    daysAgo: 4,
    steps: [submit],
  },

  // Saint-Éloi-des-Champs: a village with a part-time secretary.
  {
    org: "saint-eloi",
    applicant: "saint-eloi-martine",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF],
    act: "tarif-unique-cantine",
    daysAgo: 28,
    steps: [
      submit,
      askTariffAct(
        "{Acte} fixe un tarif unique du repas et indique que le quotient familial n'est pas pris en compte : elle ne justifie pas l'accès au quotient familial. Si le conseil municipal a adopté depuis une grille selon le quotient familial, merci de transmettre cette délibération ; à défaut, la demande sera refusée.",
      ),
    ],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Bonjour, le conseil municipal doit voter une grille selon le quotient familial lors de sa prochaine séance. Nous vous transmettrons la délibération dès son retour de la préfecture.",
      },
      { after: 1, from: "instructor", body: "Bonjour, c'est noté, merci. La demande reste en attente de cet acte." },
    ],
  },
  {
    org: "saint-eloi",
    applicant: "saint-eloi-martine",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "proces-verbal-grille-en-annexe",
    provided: "acte-tarifaire-annexe",
    daysAgo: 45,
    steps: [submit, askTariffAct(ANNEX_MISSING), provide],
  },
  {
    org: "saint-eloi",
    applicant: "saint-eloi-martine",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "cantine-qf-exterieurs",
    daysAgo: 175,
    steps: [submit, accept()],
  },

  // Castelbrune: a tax-based grid, and a refusal reopened because the annex had been missed.
  {
    org: "castelbrune",
    applicant: "castelbrune-laurent",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF],
    act: "cantine-revenu-fiscal",
    daysAgo: 70,
    steps: [
      submit,
      reject(
        "{Acte} fixe les tarifs de la cantine selon le revenu fiscal de référence par part, tiré de l'avis d'imposition, et non selon le quotient familial de la CAF : le quotient familial n'est pas justifié. Le revenu fiscal de référence n'est pas disponible dans API Particulier ; il relève de l'API Impôt particulier de la DGFiP, qui fait l'objet d'une demande distincte.",
      ),
    ],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Merci pour ces explications. Nous allons déposer une demande d'accès à l'API Impôt particulier.",
      },
    ],
  },
  {
    org: "castelbrune",
    applicant: "castelbrune-laurent",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS, CHILDREN],
    act: "proces-verbal-grille-en-annexe",
    annex: "acte-tarifaire-annexe",
    daysAgo: 130,
    steps: [
      submit,
      reject(
        "{Acte} approuve une grille tarifaire « jointe en annexe » qui ne figure pas dans la délibération : les tarifs selon le quotient familial ne sont pas établis.",
      ),
      reopen(
        "Le refus a été prononcé sans tenir compte du second fichier déposé avec la demande, qui contient {annexe}. La demande est rouverte pour être examinée avec cette annexe.",
      ),
      accept(
        "Avec l'annexe tarifaire, la grille selon le quotient familial, le tarif des extérieurs et la réduction à partir du 3e enfant justifient les trois données demandées.",
      ),
    ],
    messages: [
      {
        after: 1,
        from: "applicant",
        body: "Bonjour, la grille tarifaire est bien jointe à notre demande, dans le second fichier (annexe à la délibération). Pourriez-vous la consulter ?",
      },
    ],
  },
  {
    org: "castelbrune",
    applicant: "castelbrune-laurent",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF, CHILDREN, ADDRESS],
    act: "periscolaire-fratrie",
    daysAgo: 8,
    steps: [submit],
  },

  // Valbrune: one refusal after an unanswered request for the tariff act.
  {
    org: "valbrune",
    applicant: "valbrune-emilie",
    instructor: "demo-instructor",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "conservatoire-residents",
    daysAgo: 100,
    steps: [submit, accept()],
  },
  {
    org: "valbrune",
    applicant: "valbrune-thomas",
    instructor: "instructor-karim",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS, CHILDREN],
    act: "api-particulier-generique",
    daysAgo: 90,
    steps: [
      submit,
      askTariffAct(`${GENERIC_ONLY} Merci de transmettre la délibération qui fixe les tarifs des services concernés.`),
      reject(
        "Faute de transmission de l'acte tarifaire demandé, la demande est refusée : {acte} ne fixe aucune condition tarifaire et l'article L114-8 du CRPA ne suffit pas à justifier l'accès aux données. Vous pourrez déposer une nouvelle demande accompagnée de la délibération tarifaire.",
      ),
    ],
    messages: [
      {
        after: 1,
        from: "instructor",
        body: "Bonjour, nous n'avons pas encore reçu l'acte tarifaire demandé. Sans transmission prochaine, la demande devra être refusée.",
      },
    ],
  },
  {
    org: "valbrune",
    applicant: "valbrune-emilie",
    instructor: "instructor-julie",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "proces-verbal-grille-en-annexe",
    daysAgo: 18,
    steps: [submit, askTariffAct(ANNEX_MISSING)],
  },
  {
    org: "valbrune",
    applicant: "valbrune-emilie",
    useCase: CHILDHOOD,
    scopes: [QF, ADDRESS],
    act: "cantine-qf-exterieurs",
    daysAgo: 6,
    steps: [submit],
  },
  {
    org: "valbrune",
    applicant: "valbrune-thomas",
    useCase: CHILDHOOD,
    scopes: [QF],
    daysAgo: 10,
    steps: [],
    legalFrameworkText:
      "Délibération du conseil municipal fixant les tarifs de l'accueil périscolaire (document à joindre)",
  },
];
