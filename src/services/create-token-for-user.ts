/**
 * An admin gives an account a new API token, returned once with the account's name for the
 * page (only its hash is kept), with an audit row.
 */

import { randomHex, sha256Hex } from "../domain/digest";
import { invalid, notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { SYSTEM_ROLE } from "../domain/roles";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { findUserById } from "../storage/people-store";
import { apiTokenStatement } from "../storage/tokens-store";
import type { ServiceContext } from "./context";
import { MANAGE_USERS_REFUSAL } from "./manage-users-refusal";

export async function createTokenForUser(
  ctx: ServiceContext,
  input: { userId: number },
): Promise<{ userName: string; token: string }> {
  authorize(ctx.actor, "manage_users", MANAGE_USERS_REFUSAL);
  const user = await findUserById(ctx.db, input.userId);
  if (!user || user.role === SYSTEM_ROLE) throw notFound("Ce compte est introuvable.");
  if (user.disabled) throw invalid("Ce compte est désactivé : réactivez-le avant de lui créer un jeton.");
  const token = `cadre_${randomHex(32)}`;
  const now = ctx.now();
  await runAtomically(ctx.db, [
    apiTokenStatement(
      ctx.db,
      { tokenHash: await sha256Hex(token), userId: user.id, label: `admin:${ctx.actor.userId}` },
      now,
    ),
    adminEventStatement(
      ctx.db,
      { actorId: ctx.actor.userId, type: "token_created", subjectType: "user", subjectId: user.id },
      now,
    ),
  ]);
  return { userName: user.name, token };
}
