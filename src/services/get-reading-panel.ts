/**
 * The reading panel, refreshed while documents are read, for whoever may read the request; on
 * a draft, once the reading has ended, the points its submit form must show at once (not only
 * after a refused submission).
 */

import { openPoints } from "../domain/open-points";
import type { ServiceContext } from "./context";
import { readingFor } from "./get-request-reading";
import type { RequestReading } from "./read-models";
import { loadReadableRequest } from "./load-request";

export async function getReadingPanel(
  ctx: ServiceContext,
  requestId: number,
): Promise<{ reading: RequestReading; draftPoints: string[] | null; forInstructor: boolean }> {
  const request = await loadReadableRequest(ctx, requestId);
  const reading = await readingFor(ctx, request);
  const applicant = ctx.actor.role === "applicant";
  const draftPoints = !reading.inProgress && applicant && request.state === "draft" ? openPoints(reading) : null;
  return { reading, draftPoints, forInstructor: !applicant };
}
