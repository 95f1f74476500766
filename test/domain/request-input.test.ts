/** Validation of a request's fields: one French message per wrong field. */

import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors";
import { validateRequestInput, type RawRequestInput } from "../../src/domain/request-input";
import { USE_CASES } from "../../src/domain/use-case-catalogue";

const valid: RawRequestInput = {
  useCase: "tarification-municipale-enfance",
  scopes: ["cnaf_quotient_familial", "cnaf_adresse"],
  legalFrameworkText: "Délibération n° 12 du 3 mars 2025",
  legalFrameworkUrl: "https://www.example-commune.fr/deliberations/12.pdf",
};

function fieldsOf(input: RawRequestInput): Record<string, string> {
  try {
    validateRequestInput(input);
    return {};
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe("VALIDATION");
    return { ...error.fields };
  }
}

describe("validateRequestInput", () => {
  it("accepts a complete request, sorting and de-duplicating scopes", () => {
    expect(
      validateRequestInput({ ...valid, scopes: ["cnaf_adresse", "cnaf_quotient_familial", "cnaf_adresse"] }),
    ).toEqual({
      useCase: "tarification-municipale-enfance",
      scopes: ["cnaf_adresse", "cnaf_quotient_familial"],
      legalFrameworkText: "Délibération n° 12 du 3 mars 2025",
      legalFrameworkUrl: "https://www.example-commune.fr/deliberations/12.pdf",
    });
  });

  it("treats an empty address as none", () => {
    expect(validateRequestInput({ ...valid, legalFrameworkUrl: "  " }).legalFrameworkUrl).toBeNull();
  });

  it.each([
    ["unknown use case", { useCase: "cantine" }, "use_case"],
    ["missing use case", { useCase: undefined }, "use_case"],
    ["no scope", { scopes: [] }, "scopes"],
    ["unknown scope", { scopes: ["cnaf_quotient_familial", "numero_secu"] }, "scopes"],
    ["not a web address", { legalFrameworkUrl: "javascript:alert(1)" }, "cadre_juridique_url"],
    ["address without a domain", { legalFrameworkUrl: "https://localhost" }, "cadre_juridique_url"],
    ["legal text too long", { legalFrameworkText: "x".repeat(5001) }, "cadre_juridique_nature"],
  ] as const)("rejects %s", (_, override, field) => {
    const fields = fieldsOf({ ...valid, ...override });
    expect(Object.keys(fields)).toEqual([field]);
    expect(fields[field]).toMatch(/^[A-ZÀ-Ý]/);
  });
});

describe("use cases named with DataPass's identifiers", () => {
  it.each([
    ["tarification-municipale-enfance", "tarification-municipale-enfance"],
    ["api-particulier-tarification-municipale-enfance", "tarification-municipale-enfance"],
    ["tarification_municipale_enfance", "tarification-municipale-enfance"],
    ["api-particulier", "demande-libre"],
    ["api-particulier-aides-sociales-ccas-dont-facultatives", "aides-sociales-ccas-facultatives"],
    ["api-particulier-tarification-cantines-lycees", "tarification-cantines-lycees"],
    ["tarification_eaje", "tarification-eaje"],
    ["stationnement_residentiel", "stationnement-residentiel"],
    ["gestion_rh_secteur_public", "gestion-rh-secteur-public"],
    ["tarification_transports", "tarification-transports"],
  ])("%s is Cadre's %s", (given, key) => {
    expect(validateRequestInput({ ...valid, useCase: given }).useCase).toBe(key);
  });

  it.each([
    ["ccas", "api-particulier-aides-sociales-ccas ou api-particulier-aides-sociales-ccas-dont-facultatives"],
    [
      "aides_facultatives",
      "api-particulier-aides-facultatives-regionales ou api-particulier-aides-facultatives-departementales",
    ],
    [
      "cantines-colleges-lycees-tarification",
      "api-particulier-tarification-cantines-colleges ou api-particulier-tarification-cantines-lycees",
    ],
  ])("a DataPass key shared by two forms (%s) names both forms instead of guessing", (given, forms) => {
    expect(fieldsOf({ ...valid, useCase: given }).use_case).toContain(forms);
  });

  it("lists the accepted form ids when the value is unknown", () => {
    const message = fieldsOf({ ...valid, useCase: "cantine" }).use_case!;
    expect(message).toContain("api-particulier-tarification-municipale-enfance");
    expect(message).toContain("/api/v1/openapi.json");
  });

  it("has one distinct DataPass form per use case", () => {
    const forms = USE_CASES.map((useCase) => useCase.datapassForm);
    expect(new Set(forms).size).toBe(USE_CASES.length);
    expect(forms.every((form) => form === "api-particulier" || form.startsWith("api-particulier-"))).toBe(true);
  });
});
