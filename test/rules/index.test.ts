import { describe, expect, it } from "vitest";
import { RULES, RULES_VERSION } from "../../src/rules/index";
import { documentOf, requestOf } from "../support/rule-tester";

describe("the rule registry", () => {
  it("lists every rule once, sorted by id", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      "deliberating-act",
      "enforceability-hints",
      "fixes-conditions",
      "generic-api-particulier",
      "l114-8-alone",
      "minimisation",
      "readability",
      "scope-justification",
      "tax-income",
    ]);
    expect(RULES_VERSION).toMatch(/\S/);
  });

  it("gives each rule a French title, a guide anchor and messages", () => {
    for (const rule of RULES) {
      expect(rule.title).toMatch(/\S/);
      expect(rule.guideLink).toMatch(/^guide#[a-z0-9-]+$/);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    }
  });

  it("only ever reports messages it declares, filled in", () => {
    const document = documentOf("Le conseil municipal, après en avoir délibéré, fixe le tarif à 3 €.");
    for (const rule of RULES) {
      for (const finding of rule.check(document, requestOf(["cnaf_quotient_familial", "birthdate", "inconnue"]))) {
        expect(finding.ruleId).toBe(rule.id);
        expect(Object.keys(rule.messages)).toContain(finding.messageId);
        expect(finding.message).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
