/**
 * The applicant's "Soumettre" button: with points still to review, the agent must say they
 * submit anyway; and a second click that finds its own submission done (within a minute) is
 * success, not a conflict. The API submits with submitRequest directly.
 */

import { DomainError, invalid } from "../domain/errors";
import { openPoints } from "../domain/open-points";
import { latestVersionEvent } from "../storage/history-store";
import type { ServiceContext } from "./context";
import { getRequestReading } from "./get-request-reading";
import { submitRequest } from "./submit-request";

const DOUBLE_CLICK_MS = 60_000;

export async function submitFromForm(
  ctx: ServiceContext,
  input: { requestId: number; version: number; confirmed: boolean },
): Promise<void> {
  const open = openPoints(await getRequestReading(ctx, input.requestId));
  if (open.length > 0 && !input.confirmed) {
    throw invalid("Des points restent à revoir : cochez la case pour soumettre quand même, ou complétez la demande.", {
      confirmation: "Confirmez que vous soumettez malgré les points à revoir.",
    });
  }
  try {
    await submitRequest(ctx, { requestId: input.requestId, version: input.version });
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "CONFLICT" && (await justSubmittedBy(ctx, input.requestId))))
      throw error;
  }
}

async function justSubmittedBy(ctx: ServiceContext, requestId: number): Promise<boolean> {
  const last = await latestVersionEvent(ctx.db, requestId);
  return last?.type === "submit" && last.actorId === ctx.actor.userId && ctx.now() - last.createdAt < DOUBLE_CLICK_MS;
}
