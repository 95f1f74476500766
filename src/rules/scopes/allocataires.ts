/**
 * allocataires: the allocataire status is justified where the identity of the parents linked to
 * the CAF or MSA allocataire number is checked, or the allocataire number or status is a
 * condition of a price or an aid.
 */

import type { Reading } from "../reading";
import { byKey, conditioned, mentioned, type ScopeRule } from "./family";

const ALLOCATAIRE_NUMBER = /\b(?:numeros?|n\s?[°o])\.?\s?(?:d'|de |d)?\s?allocataires?\b/g;
const ALLOCATAIRE_STATUS =
  /\ballocataires? (?:de la |du regime |du )?(?:caf|msa|cnaf)\b|\b(?:qualite|statut|identite)s? (?:d'|de l'|des )?allocataires?\b|\b(?:identite|nom)s? des (?:parents|responsables legaux|representants legaux)\b/g;
const ALLOCATAIRE_WORDS = /\ballocataires?\b/g;

function allocataireEvidence(reading: Reading) {
  // Without the word, neither wording can be there: spare the scans.
  if (
    !reading.folded.includes("allocataire") &&
    !reading.folded.includes("parents") &&
    !reading.folded.includes("responsables")
  ) {
    return [];
  }
  const numbers = reading.folded.includes("allocataire") ? mentioned(reading, ALLOCATAIRE_NUMBER) : [];
  return numbers.length > 0 ? numbers : conditioned(reading, ALLOCATAIRE_STATUS);
}

export const allocataires: ScopeRule = {
  id: "allocataires",
  title: "Allocataires CAF et MSA",
  guide:
    "Pour les allocataires connus de la CAF : la vérification de l'identité des parents associés au numéro d'allocataire.",
  scopes: ["cnaf_allocataires"],
  families: [
    {
      id: "allocataires",
      matches: byKey("cnaf_allocataires"),
      reason: "l'identité des parents rattachés au numéro d'allocataire est vérifiée",
      need: "la vérification de l'identité des parents rattachés au numéro d'allocataire CAF ou MSA",
      ask: "la vérification de l'identité des parents rattachés au numéro d'allocataire",
      justify: (reading) => allocataireEvidence(reading),
      vocabulary: ALLOCATAIRE_WORDS,
    },
  ],
  cases: [
    {
      scope: "cnaf_allocataires",
      valid: [
        "Le numéro d'allocataire CAF est demandé pour vérifier l'identité des parents ; tarif selon le QF.",
        "Les familles allocataires de la CAF bénéficient d'un tarif réduit de 1 €.",
        "L'aide est versée après vérification de l'identité des responsables légaux rattachés au dossier.",
      ],
      invalid: [
        "La CAF participe au financement de l'accueil de loisirs ; tarif unique de 12 €.",
        "Tarif unique de la garderie : 1,80 € la séance, pour toutes les familles.",
      ],
    },
  ],
};
