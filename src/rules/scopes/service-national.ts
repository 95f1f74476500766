/**
 * service-national: national service data is justified by a condition tied to the journée défense et citoyenneté.
 */

import { byPrefix, conditioned, type ScopeRule } from "./family";

const NATIONAL_SERVICE = /\bservice national\b|\bjournee defense et citoyennete\b|\bjdc\b|\bjournee d'appel\b/g;

export const serviceNational: ScopeRule = {
  id: "service-national",
  title: "Service national (JDC)",
  guide: "Minimisation : une condition liée au service national (journée défense et citoyenneté).",
  scopes: ["dsnj_*"],
  families: [
    {
      id: "service-national",
      matches: byPrefix("dsnj_"),
      reason: "une condition tient au service national",
      need: "une condition liée au service national (JDC)",
      justify: (reading) => conditioned(reading, NATIONAL_SERVICE),
      vocabulary: NATIONAL_SERVICE,
    },
  ],
  cases: [
    {
      scope: "dsnj_statut_service_national",
      valid: [
        "L'aide au permis de conduire est accordée aux jeunes ayant effectué leur journée défense et citoyenneté.",
      ],
      invalid: ["L'aide au permis de conduire est de 300 € pour les jeunes de 18 à 25 ans."],
    },
  ],
};
