import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogueMarkdown, ruleCatalogue } from "../../src/rules/catalogue";
import { RULES } from "../../src/rules/index";
import { SCOPE_RULES } from "../../src/rules/scopes/index";

describe("rule catalogue", () => {
  it("lists every rule, with what each checks and examples from its table of cases", () => {
    const catalogue = ruleCatalogue();
    expect(catalogue.documentRules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(catalogue.scopeRules.map((rule) => rule.id)).toEqual(SCOPE_RULES.map((rule) => rule.id));
    for (const rule of catalogue.documentRules) expect(rule.summary.length).toBeGreaterThan(40);
    const qf = catalogue.scopeRules.find((rule) => rule.id === "quotient-familial")!;
    expect(qf.scopes).toEqual(["Quotient familial CAF & MSA (cnaf_quotient_familial)"]);
    expect(qf.catches.length).toBeGreaterThan(0);
    expect(qf.doesNotCatch.length).toBeGreaterThan(0);
  });

  it("is kept in docs/rules.md (npm run rules:doc)", () => {
    const committed = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
    expect(committed).toBe(catalogueMarkdown());
  });
});
