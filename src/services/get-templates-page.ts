/** The templates page: every template, and the one being edited when asked (admins only). */

import { authorize } from "../domain/policies";
import { findTemplate, listTemplates, type TemplateRow } from "../storage/templates-store";
import type { ServiceContext } from "./context";
import { MANAGE_TEMPLATES_REFUSAL } from "./save-message-template";

export async function getTemplatesPage(
  ctx: ServiceContext,
  input: { editingId?: number } = {},
): Promise<{ templates: TemplateRow[]; editing: TemplateRow | undefined }> {
  authorize(ctx.actor, "manage_templates", MANAGE_TEMPLATES_REFUSAL);
  const [templates, editing] = await Promise.all([
    listTemplates(ctx.db),
    input.editingId ? findTemplate(ctx.db, input.editingId) : undefined,
  ]);
  return { templates, editing };
}
