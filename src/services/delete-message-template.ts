/** An admin deletes a motivation template; its name stays in the admin audit. */

import { notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { findTemplate, templateDeleteStatement } from "../storage/templates-store";
import type { ServiceContext } from "./context";
import { MANAGE_TEMPLATES_REFUSAL } from "./save-message-template";

export async function deleteMessageTemplate(ctx: ServiceContext, input: { templateId: number }): Promise<void> {
  authorize(ctx.actor, "manage_templates", MANAGE_TEMPLATES_REFUSAL);
  const template = await findTemplate(ctx.db, input.templateId);
  if (!template) throw notFound("Ce modèle est introuvable.");
  await runAtomically(ctx.db, [
    templateDeleteStatement(ctx.db, template.id),
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: "template_deleted",
        subjectType: "template",
        subjectId: template.id,
        payload: { name: template.name, decision: template.decision },
      },
      ctx.now(),
    ),
  ]);
}
