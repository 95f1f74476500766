/**
 * The rule catalogue, built from the rules' own metadata: what each rule of the guide checks,
 * the guide's words it applies, the scopes it rules on, and examples of phrasings it catches and
 * of phrasings it deliberately does not (from its table of cases). Served at /regles and kept
 * in docs/rules.md (`npm run rules:doc`; a test fails when the file is behind the code).
 */

import { scopeLabel } from "../domain/scope-catalogue";
import { RULES } from "./index";
import { SCOPE_RULES, type ScopeRule } from "./scopes/index";

interface DocumentRuleEntry {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

interface ScopeRuleEntry {
  readonly id: string;
  readonly title: string;
  readonly guide: string;
  /** "Quotient familial CAF & MSA (cnaf_quotient_familial)", or a key prefix as written. */
  readonly scopes: readonly string[];
  /** What the act must state, per family of scopes. */
  readonly needs: readonly string[];
  readonly catches: readonly string[];
  readonly doesNotCatch: readonly string[];
}

export interface RuleCatalogue {
  readonly documentRules: readonly DocumentRuleEntry[];
  readonly scopeRules: readonly ScopeRuleEntry[];
}

const EXAMPLES = 4;
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

function scopeRuleEntry(rule: ScopeRule): ScopeRuleEntry {
  const valid = rule.cases.flatMap((table) =>
    table.valid.map((entry) => (typeof entry === "string" ? entry : entry.text)),
  );
  const invalid = rule.cases.flatMap((table) => table.invalid);
  return {
    id: rule.id,
    title: rule.title,
    guide: rule.guide,
    scopes: rule.scopes.map((scope) => (scope.endsWith("*") ? scope : `${scopeLabel(scope)} (${scope})`)),
    needs: [...new Set(rule.families.map((family) => family.need))],
    catches: valid.slice(0, EXAMPLES).map(flat),
    doesNotCatch: invalid.slice(0, EXAMPLES).map(flat),
  };
}

export function ruleCatalogue(): RuleCatalogue {
  return {
    documentRules: RULES.map((rule) => ({ id: rule.id, title: rule.title, summary: rule.summary })),
    scopeRules: SCOPE_RULES.map(scopeRuleEntry),
  };
}

/** docs/rules.md: the same catalogue, in Markdown. */
export function catalogueMarkdown(catalogue: RuleCatalogue = ruleCatalogue()): string {
  const lines = [
    "# Règles de lecture",
    "",
    "<!-- Généré par `npm run rules:doc` depuis les métadonnées des règles (src/rules) : ne pas modifier à la main. -->",
    "",
    "Cadre lit chaque document déposé à la lumière du guide « Qu'est-ce qu'une bonne délibération pour accéder à API Particulier ? ». Chaque règle tient dans un fichier de `src/rules/` nommé d'après son identifiant, avec sa table de cas.",
    "",
    "## Règles sur le document",
    "",
  ];
  for (const rule of catalogue.documentRules) lines.push(`- **${rule.title}** (\`${rule.id}\`) : ${rule.summary}`);
  lines.push("", "## Règles sur les données demandées", "");
  lines.push(
    "Chaque donnée demandée reçoit un verdict : **justifiée** (avec le passage), **non justifiée** (l'acte a été lu et le critère est absent ou écarté) ou **à vérifier** (le document en parle sans condition claire, ou le texte lu est douteux : l'instructeur lit le passage indiqué).",
    "",
  );
  for (const rule of catalogue.scopeRules) {
    lines.push(`### ${rule.title} (\`src/rules/scopes/${rule.id}.ts\`)`, "", `> ${rule.guide}`, "");
    lines.push(`Données : ${rule.scopes.join(", ")}.`, "");
    for (const need of rule.needs) lines.push(`- L'acte doit prévoir ${need}.`);
    if (rule.catches.length > 0) {
      lines.push("", "Reconnu :", "");
      for (const example of rule.catches) lines.push(`- « ${example} »`);
    }
    if (rule.doesNotCatch.length > 0) {
      lines.push("", "Volontairement pas reconnu :", "");
      for (const example of rule.doesNotCatch) lines.push(`- « ${example} »`);
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
