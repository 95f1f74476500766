/** What a request page shows (its detail and what was read), the request loaded once. */

import type { ServiceContext } from "./context";
import { detailFor } from "./get-request-detail";
import { readingFor } from "./get-request-reading";
import type { RequestDetail, RequestReading } from "./read-models";
import { loadReadableRequest } from "./load-request";

export async function getRequestView(
  ctx: ServiceContext,
  requestId: number,
): Promise<{ detail: RequestDetail; reading: RequestReading }> {
  const request = await loadReadableRequest(ctx, requestId);
  const [detail, reading] = await Promise.all([detailFor(ctx, request), readingFor(ctx, request)]);
  return { detail, reading };
}
