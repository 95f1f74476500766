import { describe, expect, it } from "vitest";
import { deliberatingAct } from "../../src/rules/deliberating-act";
import { CANTEEN_DELIBERATION, FLAT_TARIFF_PAGE, MAYOR_DECISION } from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

const check = (text: string) => deliberatingAct.check(documentOf(text), requestOf());

describe("deliberating-act", () => {
  it("says a délibération is one, quoting its formula", () => {
    const [finding] = check(CANTEEN_DELIBERATION);
    expect(finding).toMatchObject({ ruleId: "deliberating-act", status: "pass", messageId: "deliberation" });
    expect(finding?.evidence.length).toBeGreaterThan(0);
    expectExactEvidence(CANTEEN_DELIBERATION, finding?.evidence ?? []);
  });

  it("recognises the minutes of a séance", () => {
    const text = "COMPTE-RENDU DU CONSEIL MUNICIPAL DU 3 MARS 2023\nSecrétaire de séance : M. Petit\nPrésents : 12";
    expect(check(text)[0]).toMatchObject({ status: "pass", messageId: "minutes" });
  });

  it("tells an executive's decision from a délibération, as information", () => {
    const [finding] = check(MAYOR_DECISION);
    expect(finding).toMatchObject({ status: "info", messageId: "executiveAct" });
    expect(finding?.message).toContain("L2122-22");
    expectExactEvidence(MAYOR_DECISION, finding?.evidence ?? []);
  });

  it("warns when the document is a règlement", () => {
    const text = "RÈGLEMENT INTÉRIEUR DE L'ACCUEIL PÉRISCOLAIRE\nArticle 1 – Horaires";
    expect(check(text)[0]).toMatchObject({ status: "warning", messageId: "otherDocument" });
  });

  it("warns when nothing marks an act (a tariff page)", () => {
    expect(check(FLAT_TARIFF_PAGE)[0]).toMatchObject({ status: "warning", messageId: "unknown", evidence: [] });
  });

  it("never throws, whatever the text", () => {
    for (const text of ["", "\u0000\u0001", "a".repeat(100_000), "\f\f\f"]) {
      expect(() => check(text)).not.toThrow();
    }
  });
});
