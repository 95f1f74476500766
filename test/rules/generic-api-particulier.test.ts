import { describe, expect, it } from "vitest";
import { genericApiParticulier } from "../../src/rules/generic-api-particulier";
import { CANTEEN_DELIBERATION, GENERIC_API_DELIBERATION } from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

const check = (text: string) => genericApiParticulier.check(documentOf(text), requestOf(["cnaf_quotient_familial"]));

describe("generic-api-particulier", () => {
  it("fails a délibération that only decides to use API Particulier", () => {
    const [finding] = check(GENERIC_API_DELIBERATION);
    expect(finding).toMatchObject({ status: "fail", messageId: "generic" });
    expectExactEvidence(GENERIC_API_DELIBERATION, finding?.evidence ?? []);
    expect(finding?.evidence[0]?.quote).toMatch(/API Particulier/);
  });

  it("also catches 'consume CAF data' without the product's name", () => {
    const text =
      "Le conseil municipal, après en avoir délibéré, décide de récupérer directement les données de la CAF pour les inscriptions.";
    expect(check(text)[0]?.status).toBe("fail");
  });

  it("only informs when the act also fixes conditions", () => {
    const text = `${CANTEEN_DELIBERATION}\nLes quotients seront obtenus par API Particulier.`;
    expect(check(text)[0]).toMatchObject({ status: "info", messageId: "withConditions" });
  });

  it("says nothing when API Particulier is not mentioned", () => {
    expect(check(CANTEEN_DELIBERATION)).toEqual([]);
  });
});
