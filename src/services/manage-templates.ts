/** Admins write the motivation templates; each field is checked, with French messages. */

import { invalid } from "../domain/errors";
import { unknownVariables } from "../domain/message-template";
import { isDecision } from "./decide-request";
import { saveTemplate } from "../storage/templates-store";
import { requireAdmin, type ServiceContext } from "./context";
import { normaliseText } from "../domain/required-text";

export async function saveMessageTemplate(
  ctx: ServiceContext,
  input: { id?: number; name: string; decision: string; body: string },
): Promise<void> {
  requireAdmin(ctx, "Seul un administrateur gère les modèles.");
  const fields: Record<string, string> = {};
  const name = normaliseText(input.name);
  const body = normaliseText(input.body, "paragraphs");
  if (!name || name.length > 120) fields.nom = "Donnez un nom de 120 caractères au plus.";
  if (!isDecision(input.decision)) fields.decision = "Choisissez la décision à laquelle ce modèle sert.";
  if (!body || body.length > 5000) fields.texte = "Écrivez le texte (5 000 caractères au plus).";
  const unknown = unknownVariables(body);
  if (unknown.length > 0) fields.texte = `Variables inconnues : ${unknown.map((name) => `{{${name}}}`).join(", ")}.`;
  if (Object.keys(fields).length > 0) throw invalid("Le modèle n'a pas été enregistré.", fields);
  await saveTemplate(ctx.db, { id: input.id, name, decision: input.decision, body }, ctx.now());
}
