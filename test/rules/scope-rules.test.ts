import { describe, expect, it } from "vitest";
import { scopeJustification } from "../../src/rules/scope-justification";
import { SCOPE_RULES, ruleOf } from "../../src/rules/scopes/index";
import { SCOPES } from "../../src/domain/scope-catalogue";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

// Each phrasing stands inside a whole act that says nothing else about data, so that a missing
// criterion reads as "non justifiée" and not as a fragment "à vérifier".
const inAct = (phrasing: string) => `EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 12 mars 2024
Le conseil municipal, régulièrement convoqué, s'est réuni sous la présidence de son maire.
Le rapporteur expose que les modalités d'accès aux services municipaux doivent être précisées.
${phrasing}
Après en avoir délibéré, le conseil municipal adopte ces dispositions à l'unanimité.`;

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
            const act = inAct(text);
            const [finding] = scopeJustification.check(documentOf(act), requestOf([table.scope]));
            expect(finding).toMatchObject({ status: "pass", scope: table.scope });
            expectExactEvidence(act, finding!.evidence);
          });
        }
        for (const text of table.invalid) {
          it(`${table.scope} not justified by: ${text.replace(/\s+/g, " ").slice(0, 80)}`, () => {
            const [finding] = scopeJustification.check(documentOf(inAct(text)), requestOf([table.scope]));
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
