import { describe, expect, it } from "vitest";
import { enforceabilityHints } from "../../src/rules/enforceability-hints";
import { CANTEEN_DELIBERATION, FLAT_TARIFF_PAGE } from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

describe("enforceability-hints", () => {
  it("quotes the transmission, publication, date and signature, as information", () => {
    const findings = enforceabilityHints.check(documentOf(CANTEEN_DELIBERATION), requestOf());
    expect(findings.map((f) => f.messageId)).toEqual(["transmission", "publication", "sessionDate", "signature"]);
    for (const finding of findings) {
      expect(finding.status).toBe("info");
      expect(finding.evidence.length).toBe(1);
      expectExactEvidence(CANTEEN_DELIBERATION, finding.evidence);
    }
    expect(findings[0]?.evidence[0]?.page).toBe(2);
  });

  it("recognises other wordings", () => {
    const text =
      "Reçu en préfecture le 12/03/2024\nL'an deux mille vingt-quatre, le sept mars, le conseil municipal…\nSigné électroniquement par le maire";
    const ids = enforceabilityHints.check(documentOf(text), requestOf()).map((f) => f.messageId);
    expect(ids).toContain("transmission");
    expect(ids).toContain("sessionDate");
    expect(ids).toContain("signature");
  });

  it("says what it did not find, still as information", () => {
    const findings = enforceabilityHints.check(documentOf(FLAT_TARIFF_PAGE), requestOf());
    expect(findings.map((f) => f.messageId)).toEqual([
      "noTransmission",
      "noPublication",
      "noSessionDate",
      "noSignature",
    ]);
    expect(findings.every((f) => f.status === "info" && f.evidence.length === 0)).toBe(true);
  });
});
