import { describe, expect, it } from "vitest";
import { l1148Alone } from "../../src/rules/l114-8-alone";
import { CANTEEN_DELIBERATION, GENERIC_API_DELIBERATION } from "../support/acts";
import { documentOf, requestOf } from "../support/rule-tester";

describe("l114-8-alone", () => {
  it("fails when L114-8 is the only basis and nothing fixes conditions", () => {
    const [finding] = l1148Alone.check(documentOf(GENERIC_API_DELIBERATION), requestOf(["cnaf_quotient_familial"]));
    expect(finding).toMatchObject({ status: "fail", messageId: "alone" });
    expect(finding?.evidence.some((e) => e.quote.includes("L114-8"))).toBe(true);
  });

  it("reads the request's legal framework text too (and its spellings)", () => {
    for (const legal of ["Article L. 114-8 du CRPA", "art. L114-8 CRPA", "principe Dites-le-nous une fois"]) {
      const findings = l1148Alone.check(documentOf("Tarifs à venir."), requestOf([], { legalFrameworkText: legal }));
      expect(findings[0]?.status).toBe("fail");
    }
  });

  it("is only information when the document fixes conditions", () => {
    const findings = l1148Alone.check(
      documentOf(CANTEEN_DELIBERATION),
      requestOf([], { legalFrameworkText: "L114-8 CRPA" }),
    );
    expect(findings[0]).toMatchObject({ status: "info", messageId: "complemented" });
  });

  it("is only information when the request names another act", () => {
    const legal = "Article L114-8 du CRPA et délibération n° 2023-12 du 4 avril 2023 fixant les tarifs";
    const findings = l1148Alone.check(documentOf("Document illisible"), requestOf([], { legalFrameworkText: legal }));
    expect(findings[0]?.status).toBe("info");
  });

  it("says nothing when L114-8 is not cited", () => {
    expect(l1148Alone.check(documentOf(CANTEEN_DELIBERATION), requestOf())).toEqual([]);
  });
});
