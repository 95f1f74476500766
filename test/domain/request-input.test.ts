/** Validation of a request's fields: one French message per wrong field. */

import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors";
import { validateRequestInput, type RawRequestInput } from "../../src/domain/request-input";

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
