/**
 * Motivation templates: an admin writes the text once with {{variables}}, the instructor gets
 * it filled in for the request at hand and edits it. Unknown variables stay visible, so a typo
 * in a template shows instead of vanishing.
 */

export const TEMPLATE_VARIABLES = {
  organisation: "Nom de la collectivité",
  numero: "Numéro de la demande",
  cas_usage: "Cas d'usage",
  donnees: "Données demandées",
  donnees_non_justifiees: "Données qu'aucun passage ne justifie",
  instructeur: "Nom de l'instructeur",
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

export function renderTemplate(body: string, values: Readonly<Record<TemplateVariable, string>>): string {
  return body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) =>
    name in values ? values[name as TemplateVariable] : whole,
  );
}

/** Variables a template uses that do not exist, to tell the admin before saving. */
export function unknownVariables(body: string): string[] {
  const used = [...body.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)].map((match) => match[1]!);
  return [...new Set(used.filter((name) => !(name in TEMPLATE_VARIABLES)))];
}
