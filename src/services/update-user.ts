/**
 * An admin changes an account's role, or disables or enables it, with an audit row. Guard
 * rails: an applicant always belongs to an organisation, and an admin cannot lock themselves out.
 */

import { invalid, notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { SYSTEM_ROLE, type Role } from "../domain/roles";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { findUserById, userUpdateStatement } from "../storage/people-store";
import type { ServiceContext } from "./context";
import { MANAGE_USERS_REFUSAL } from "./manage-users-refusal";

export async function updateUser(
  ctx: ServiceContext,
  input: { userId: number; role: Role; disabled: boolean },
): Promise<void> {
  authorize(ctx.actor, "manage_users", MANAGE_USERS_REFUSAL);
  const user = await findUserById(ctx.db, input.userId);
  // Cadre's own account (scheduled jobs) stays disabled and out of reach.
  if (!user || user.role === SYSTEM_ROLE) throw notFound("Ce compte est introuvable.");
  if (input.userId === ctx.actor.userId && (input.role !== "admin" || input.disabled)) {
    throw invalid("Vous ne pouvez pas retirer vos propres droits d'administrateur.", {
      role: "Demandez-le à un autre administrateur.",
    });
  }
  if (input.role === "applicant" && user.organisationId === null) {
    throw invalid("Un compte de collectivité doit être rattaché à une organisation.", {
      role: "Ce compte n'a pas d'organisation.",
    });
  }
  const change = { role: input.role, disabled: input.disabled };
  await runAtomically(ctx.db, [
    userUpdateStatement(ctx.db, user.id, change),
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: "user_updated",
        subjectType: "user",
        subjectId: user.id,
        payload: { before: { role: user.role, disabled: user.disabled }, after: change },
      },
      ctx.now(),
    ),
  ]);
}
