/** The collectivité's requests, with the usual delays (the public figures) to set expectations. */

import { authorize } from "../domain/policies";
import type { DecisionStatistics } from "../domain/statistics";
import type { RequestSummary } from "../domain/request-listings";
import { listOrganisationRequests } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { getPublicStatistics } from "./get-public-statistics";

export async function listOwnRequests(
  ctx: ServiceContext,
): Promise<{ requests: RequestSummary[]; delays: DecisionStatistics["decisionDays"] }> {
  authorize(ctx.actor, "file_requests");
  const [requests, stats] = await Promise.all([
    listOrganisationRequests(ctx.db, ctx.actor.organisationId ?? -1),
    getPublicStatistics(ctx.db, ctx.now()),
  ]);
  return { requests, delays: stats.decisionDays };
}
