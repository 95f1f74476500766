/** Loading a request for an actor: a request they may not read does not exist for them. */

import { notFound } from "../domain/errors";
import { canRead } from "../domain/policies";
import { findRequest, type RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";

export async function loadReadableRequest(ctx: ServiceContext, requestId: number): Promise<RequestRecord> {
  const request = Number.isSafeInteger(requestId) && requestId > 0 ? await findRequest(ctx.db, requestId) : undefined;
  // Another organisation's request answers exactly like a missing one: no existence leak.
  if (!request || !canRead(ctx.actor, request)) throw notFound();
  return request;
}
