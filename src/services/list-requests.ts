/**
 * The API's list of requests, by id (keyset pagination): an applicant's token sees its own
 * organisation's requests only, every other role sees every submitted one (never a draft).
 */

import type { RequestState } from "../domain/request-state";
import type { RequestSummary } from "../domain/request-listings";
import { listRequestsById } from "../storage/requests-store";
import type { ServiceContext } from "./context";

export function listRequests(
  ctx: ServiceContext,
  query: { state?: RequestState; afterId?: number; limit: number },
): Promise<RequestSummary[]> {
  return listRequestsById(ctx.db, {
    organisationId: ctx.actor.role === "applicant" ? (ctx.actor.organisationId ?? -1) : undefined,
    // A draft belongs to its organisation until it is submitted (canRead).
    submittedOnly: ctx.actor.role !== "applicant",
    ...query,
  });
}
