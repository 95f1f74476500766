/**
 * An instructor takes a request ("prendre") or releases it. Taking what a colleague already
 * holds is refused with their name, so two people never work the same file unknowingly.
 */

import { conflict } from "../domain/errors";
import { authorize } from "../domain/policies";
import { isClosed } from "../domain/request-state";
import { runAtomically } from "../storage/database";
import { findUserById } from "../storage/people-store";
import { assignmentStatements } from "../storage/request-writes";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

export async function assignRequest(
  ctx: ServiceContext,
  input: { requestId: number; action: "take" | "release" },
): Promise<void> {
  authorize(ctx.actor, "assign", "Seul un instructeur peut prendre une demande.");
  const request = await loadReadableRequest(ctx, input.requestId);
  if (isClosed(request.state) || request.state === "draft") {
    throw conflict("Cette demande n'est pas en instruction : il n'y a rien à prendre.");
  }
  const holder = request.assignedInstructorId;
  if (input.action === "take") {
    if (holder === ctx.actor.userId) return;
    if (holder !== null) {
      const colleague = await findUserById(ctx.db, holder);
      throw conflict(`${colleague?.name ?? "Un autre instructeur"} suit déjà cette demande.`);
    }
  } else if (holder !== ctx.actor.userId) {
    throw conflict("Vous ne suivez pas cette demande : vous ne pouvez pas la libérer.");
  }
  const wanted = input.action === "take" ? ctx.actor.userId : null;
  await runAtomically(
    ctx.db,
    assignmentStatements(ctx.db, { requestId: request.id, instructorId: wanted, actorId: ctx.actor.userId }, ctx.now()),
  );
  // A colleague may have taken it between our read and our write: say so rather than pretend.
  const after = await loadReadableRequest(ctx, request.id);
  if (after.assignedInstructorId !== wanted) {
    const colleague = after.assignedInstructorId ? await findUserById(ctx.db, after.assignedInstructorId) : undefined;
    throw conflict(`${colleague?.name ?? "Un autre instructeur"} a pris cette demande juste avant vous.`);
  }
}
