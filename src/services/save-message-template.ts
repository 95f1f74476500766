/** Admins write the motivation templates; each field is checked, with French messages, and the change is audited. */

import { invalid } from "../domain/errors";
import { normaliseText } from "../domain/required-text";
import { unknownVariables } from "../domain/message-template";
import { authorize } from "../domain/policies";
import { isDecision } from "../domain/decisions";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { templateSaveStatement } from "../storage/templates-store";
import type { ServiceContext } from "./context";

export const MANAGE_TEMPLATES_REFUSAL = "Seul un administrateur gère les modèles.";

export async function saveMessageTemplate(
  ctx: ServiceContext,
  input: { id?: number; name: string; decision: string; body: string },
): Promise<void> {
  authorize(ctx.actor, "manage_templates", MANAGE_TEMPLATES_REFUSAL);
  const fields: Record<string, string> = {};
  const name = normaliseText(input.name);
  const body = normaliseText(input.body, "paragraphs");
  if (!name || name.length > 120) fields.nom = "Donnez un nom de 120 caractères au plus.";
  if (!isDecision(input.decision)) fields.decision = "Choisissez la décision à laquelle ce modèle sert.";
  if (!body || body.length > 5000) fields.texte = "Écrivez le texte (5 000 caractères au plus).";
  const unknown = unknownVariables(body);
  if (unknown.length > 0) fields.texte = `Variables inconnues : ${unknown.map((name) => `{{${name}}}`).join(", ")}.`;
  if (Object.keys(fields).length > 0) throw invalid("Le modèle n'a pas été enregistré.", fields);
  const now = ctx.now();
  const saved = templateSaveStatement(ctx.db, { id: input.id, name, decision: input.decision, body }, now);
  await runAtomically(ctx.db, [
    saved.statement,
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: input.id ? "template_updated" : "template_added",
        subjectType: "template",
        subjectId: saved.id,
        payload: { name, decision: input.decision },
      },
      now,
    ),
  ]);
}
