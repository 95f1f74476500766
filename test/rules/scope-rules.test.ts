import { describe, expect, it } from "vitest";
import { scopeJustification } from "../../src/rules/scope-justification";
import { SCOPE_RULES, ruleOf } from "../../src/rules/scopes/index";
import { SCOPES } from "../../src/domain/scope-catalogue";
import { documentOf, expectExactEvidence, requestOf, inWholeAct } from "../support/rule-tester";

describe("the guide's rules about data, each with its table of cases", () => {
  for (const rule of SCOPE_RULES) {
    describe(rule.id, () => {
      it("says what it checks: a title, the guide's words, its scopes and families", () => {
        expect(rule.title.length).toBeGreaterThan(3);
        expect(rule.guide.length).toBeGreaterThan(20);
        expect(rule.scopes.length).toBeGreaterThan(0);
        expect(rule.families.length).toBeGreaterThan(0);
      });
      for (const table of rule.cases) {
        it(`rules on ${table.scope}`, () => expect(ruleOf(table.scope)).toBe(rule));
        for (const entry of table.valid) {
          const text = typeof entry === "string" ? entry : entry.text;
          it(`${table.scope} justified by: ${text.replace(/\s+/g, " ").slice(0, 80)}`, () => {
            const act = inWholeAct(text);
            const [finding] = scopeJustification.check(documentOf(act), requestOf([table.scope]));
            expect(finding).toMatchObject({ status: "pass", scope: table.scope });
            expectExactEvidence(act, finding!.evidence);
          });
        }
        for (const text of table.invalid) {
          it(`${table.scope} not justified by: ${text.replace(/\s+/g, " ").slice(0, 80)}`, () => {
            const [finding] = scopeJustification.check(documentOf(inWholeAct(text)), requestOf([table.scope]));
            expect(finding?.status).not.toBe("pass");
          });
        }
      }
    });
  }

  it("every scope of the catalogue has a rule", () => {
    expect(SCOPES.map((scope) => scope.key).filter((key) => ruleOf(key) === undefined)).toEqual([]);
  });
});
