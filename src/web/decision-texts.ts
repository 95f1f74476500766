/**
 * The texts of the three decision boxes, as the single decision form sends them: one
 * `motivation-<path>` per box, by POST (a decision) or by GET (« Utiliser » a template without
 * JavaScript). Every box's text comes back with the page, so that a refused decision or a
 * template's text never wipes what was typed in the other boxes.
 */

import { DECISION_PATHS, decisionAtPath, type Decision } from "../domain/decisions";
import { textField, type FormBody } from "./params";

export type DecisionTexts = Partial<Record<Decision, string>>;

/** The boxes' texts found in a form or a query; a box whose field is absent is left out. */
function decisionTexts(field: (name: string) => string | undefined): DecisionTexts {
  const texts: DecisionTexts = {};
  for (const [decision, path] of Object.entries(DECISION_PATHS) as [Decision, string][]) {
    const text = field(`motivation-${path}`);
    if (text !== undefined) texts[decision] = text;
  }
  return texts;
}

/**
 * A posted decision's motivation and every box's text. Scripts, tests and older pages send a
 * single `motivation`: it is the posted decision's text when its own box's field is absent.
 */
export function postedTexts(body: FormBody, decision: Decision): { motivation: string; texts: DecisionTexts } {
  const texts = decisionTexts((name) => (name in body ? textField(body, name) : undefined));
  const motivation = texts[decision] ?? textField(body, "motivation");
  return { motivation, texts: { ...texts, [decision]: motivation } };
}

/**
 * The template asked for in the review page's address. « Utiliser » sends `utiliser=<path>`
 * (the box), that box's `modele-<path>` and every box's text; a shared link, `?modele=ID`, fills
 * the template's own box.
 */
export function templateChoice(query: URLSearchParams): {
  template?: { id: string; box?: Decision };
  typed?: { box: Decision; texts: DecisionTexts };
} {
  const path = query.get("utiliser");
  const box = path === null ? undefined : decisionAtPath(path);
  if (box === undefined) {
    const id = query.get("modele");
    return id === null ? {} : { template: { id } };
  }
  const id = query.get(`modele-${path}`) ?? "";
  return { template: { id, box }, typed: { box, texts: decisionTexts((name) => query.get(name) ?? undefined) } };
}
