/**
 * The collectivité's requests, with the usual delays (the public figures) to set expectations,
 * and, while nobody has named the organisation (first met through a sign-in), what its naming
 * form needs.
 */

import { authorize } from "../domain/policies";
import type { DecisionStatistics } from "../domain/statistics";
import type { RequestSummary } from "../domain/request-listings";
import { knownName, needsName } from "../domain/organisation-naming";
import { findOrganisation } from "../storage/people-store";
import { listOrganisationRequests } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { getPublicStatistics } from "./get-public-statistics";

export interface OwnRequests {
  readonly requests: RequestSummary[];
  readonly delays: DecisionStatistics["decisionDays"];
  /** Set while the organisation has no name given by its agent or an admin. */
  readonly toName: { readonly siret: string; readonly knownName: string } | null;
}

export async function listOwnRequests(ctx: ServiceContext): Promise<OwnRequests> {
  authorize(ctx.actor, "file_requests");
  const organisationId = ctx.actor.organisationId ?? -1;
  const [requests, stats, organisation] = await Promise.all([
    listOrganisationRequests(ctx.db, organisationId),
    getPublicStatistics(ctx.db, ctx.now()),
    findOrganisation(ctx.db, organisationId),
  ]);
  const toName =
    organisation && needsName(organisation) ? { siret: organisation.siret, knownName: knownName(organisation) } : null;
  return { requests, delays: stats.decisionDays, toName };
}
