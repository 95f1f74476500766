/** The request form's families of data and the use case's pre-selection. */

import { describe, expect, it } from "vitest";
import { SCOPES } from "../../src/domain/scope-catalogue";
import { familyOfScope, SCOPE_FAMILIES, SCOPE_REASONS, scopesByFamily } from "../../src/domain/scope-families";
import { scopesAfterChoosing, USE_CASES } from "../../src/domain/use-case-catalogue";

describe("scope families", () => {
  it("put each of the 61 scopes in exactly one family", () => {
    const placed = scopesByFamily().flatMap((family) => family.scopes.map((scope) => scope.key));
    expect(placed).toHaveLength(61);
    expect(new Set(placed).size).toBe(61);
    expect(new Set(placed)).toEqual(new Set(SCOPES.map((scope) => scope.key)));
  });

  it("name only groups of the catalogue, and say what the act must contain", () => {
    const groups = new Set(SCOPES.map((scope) => scope.group));
    for (const family of SCOPE_FAMILIES) {
      expect(family.groups.every((group) => groups.has(group))).toBe(true);
      expect(family.justification).toMatch(/^L'acte|^La démarche/);
      expect(family.justification.endsWith(".")).toBe(true);
    }
    for (const key of Object.keys(SCOPE_REASONS)) expect(familyOfScope(key)).toBeDefined();
  });

  it.each([
    ["cnaf_quotient_familial", "caf-msa"],
    ["cnaf_adresse", "caf-msa"],
    ["cnav_participation_familiale_eaje_enfants", "petite-enfance"],
    ["revenu_solidarite_active", "prestations"],
    ["pole_emploi_paiements", "france-travail"],
    ["men_statut_boursier", "eleves"],
    ["cnous_echelon_bourse", "etudiants-boursiers"],
    ["mesri_admission_inscrit", "etudiants"],
    ["ants_extrait_immatriculation_vehicule_adresse_particulier", "vehicules"],
    ["family_name", "identite"],
  ])("%s belongs to %s", (scope, family) => expect(familyOfScope(scope)?.key).toBe(family));

  it("every use case explains its pre-selection, with known scopes", () => {
    const known = new Set(SCOPES.map((scope) => scope.key));
    for (const useCase of USE_CASES) {
      expect(useCase.why.length).toBeGreaterThan(40);
      expect(useCase.defaultScopes.every((scope) => known.has(scope))).toBe(true);
    }
  });
});

describe("scopesAfterChoosing", () => {
  const EAJE = [
    "cnav_participation_familiale_eaje_allocataires",
    "cnav_participation_familiale_eaje_enfants",
    "cnav_participation_familiale_eaje_adresse",
    "cnav_participation_familiale_eaje_parametres_calcul",
  ];
  it.each<[string, string[], string, string, string[]]>([
    ["a first choice ticks the defaults", [], "", "tarification-municipale-enfance", ["cnaf_quotient_familial"]],
    [
      "a first choice keeps what was ticked by hand",
      ["cnaf_adresse"],
      "",
      "tarification-municipale-enfance",
      ["cnaf_adresse", "cnaf_quotient_familial"],
    ],
    [
      "another use case swaps the defaults and keeps the manual choices",
      ["cnaf_quotient_familial", "cnaf_enfants"],
      "tarification-municipale-enfance",
      "tarification-eaje",
      ["cnaf_enfants", ...EAJE],
    ],
    [
      "a use case without defaults only removes the previous ones",
      ["cnaf_quotient_familial", "revenu_solidarite_active"],
      "aides-sociales-ccas",
      "demande-libre",
      ["revenu_solidarite_active"],
    ],
    [
      "the same use case again leaves the agent's unticking alone",
      ["cnaf_adresse"],
      "tarification-municipale-enfance",
      "tarification-municipale-enfance",
      ["cnaf_adresse"],
    ],
    ["an unknown use case changes nothing", ["cnaf_adresse"], "", "inconnu", ["cnaf_adresse"]],
  ])("%s", (_name, current, before, after, expected) =>
    expect(scopesAfterChoosing(current, before, after)).toEqual(expected),
  );
});
