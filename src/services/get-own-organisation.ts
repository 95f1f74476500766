/** The applicant's organisation, as the request form names it (name and SIRET). */

import { authorize } from "../domain/policies";
import { findOrganisation } from "../storage/people-store";
import type { ServiceContext } from "./context";

export async function getOwnOrganisation(ctx: ServiceContext): Promise<{ name: string; siret: string } | undefined> {
  authorize(ctx.actor, "file_requests");
  if (ctx.actor.organisationId === null) return undefined;
  const organisation = await findOrganisation(ctx.db, ctx.actor.organisationId);
  return organisation ? { name: organisation.name, siret: organisation.siret } : undefined;
}
