import { describe, expect, it } from "vitest";
import { taxIncome } from "../../src/rules/tax-income";
import { CANTEEN_DELIBERATION, TAX_BASED_TARIFF } from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

describe("tax-income", () => {
  it("points tax-based prices to API Impôt particulier, as information", () => {
    const [finding] = taxIncome.check(documentOf(TAX_BASED_TARIFF), requestOf(["cnaf_quotient_familial"]));
    expect(finding).toMatchObject({ status: "info", messageId: "taxIncome" });
    expect(finding?.message).toContain("API Impôt particulier");
    expectExactEvidence(TAX_BASED_TARIFF, finding?.evidence ?? []);
  });

  it("says the QF criterion remains when both are used", () => {
    const text = `${CANTEEN_DELIBERATION}\nÀ défaut de QF, le revenu fiscal de référence de l'avis d'imposition est retenu.`;
    expect(taxIncome.check(documentOf(text), requestOf())[0]?.messageId).toBe("taxIncomeWithQf");
  });

  it("says nothing without tax data, or when it is ruled out", () => {
    expect(taxIncome.check(documentOf(CANTEEN_DELIBERATION), requestOf())).toEqual([]);
    const ruledOut = "Le tarif est unique, sans avis d'imposition à fournir.";
    expect(taxIncome.check(documentOf(ruledOut), requestOf())).toEqual([]);
  });
});
