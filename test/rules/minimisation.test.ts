import { describe, expect, it } from "vitest";
import { minimisation } from "../../src/rules/minimisation";
import { CANTEEN_DELIBERATION, FLAT_TARIFF_PAGE } from "../support/acts";
import { documentOf, expectExactEvidence, findingsOf, requestOf } from "../support/rule-tester";

describe("minimisation", () => {
  it("sums up the requested scopes left without a passage", () => {
    const findings = minimisation.check(
      documentOf(FLAT_TARIFF_PAGE),
      requestOf(["cnaf_quotient_familial", "cnaf_enfants"]),
    );
    const [warning] = findingsOf(findings, "warning");
    expect(warning?.messageId).toBe("unjustified");
    expect(warning?.message).toContain("2 donnée(s)");
    expect(warning?.message).toContain("« Quotient familial CAF & MSA »");
  });

  it("informs of conditions whose scope was not requested, with the passage", () => {
    const findings = minimisation.check(documentOf(CANTEEN_DELIBERATION), requestOf(["cnaf_quotient_familial"]));
    expect(findingsOf(findings, "warning")).toEqual([]);
    const infos = findingsOf(findings, "info");
    expect(infos.map((f) => f.message).join(" ")).toContain("« Adresse du foyer »");
    expect(infos.map((f) => f.message).join(" ")).toContain("« Identités enfants »");
    for (const info of infos) expectExactEvidence(CANTEEN_DELIBERATION, info.evidence);
  });

  it("ignores identity scopes and says nothing when every scope is justified", () => {
    const scopes = ["cnaf_quotient_familial", "cnaf_adresse", "cnaf_enfants", "cnaf_allocataires", "birthdate"];
    expect(minimisation.check(documentOf(CANTEEN_DELIBERATION), requestOf(scopes))).toEqual([]);
  });

  it("says nothing when the request has no scopes", () => {
    expect(minimisation.check(documentOf(CANTEEN_DELIBERATION), requestOf())).toEqual([]);
  });
});
