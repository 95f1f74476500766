import { describe, expect, it } from "vitest";
import { fixesConditions } from "../../src/rules/fixes-conditions";
import { CANTEEN_DELIBERATION, GENERIC_API_DELIBERATION } from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

describe("fixes-conditions", () => {
  it("passes with the passages that fix the prices", () => {
    const [finding] = fixesConditions.check(documentOf(CANTEEN_DELIBERATION), requestOf());
    expect(finding).toMatchObject({ ruleId: "fixes-conditions", status: "pass", messageId: "fixed" });
    expect(finding?.evidence.length).toBeGreaterThan(0);
    expectExactEvidence(CANTEEN_DELIBERATION, finding?.evidence ?? []);
  });

  it("fails on a délibération that fixes no condition", () => {
    const [finding] = fixesConditions.check(documentOf(GENERIC_API_DELIBERATION), requestOf());
    expect(finding).toMatchObject({ status: "fail", messageId: "missing", evidence: [] });
  });

  it("fails on an agenda that only announces the tariffs", () => {
    const text = "Ordre du jour :\n- Tarifs de la cantine\n- Questions diverses";
    expect(fixesConditions.check(documentOf(text), requestOf())[0]?.status).toBe("fail");
  });
});
