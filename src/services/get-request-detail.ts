/** Everything a request page shows, read for an actor who may see it. */

import { findOrganisation } from "../storage/people-store";
import { listRequestDocuments } from "../storage/documents-store";
import { latestDecision, listEvents, listMessages } from "../storage/history-store";
import { decisionEmailState } from "../storage/outbox-listing";
import type { RequestRecord } from "../storage/requests-store";
import { findDatapassLink, type DatapassLinkRow } from "../storage/datapass-store";
import type { ServiceContext } from "./context";
import type { RequestDetail } from "./read-models";
import { loadReadableRequest } from "./load-request";

export async function getRequestDetail(ctx: ServiceContext, requestId: number): Promise<RequestDetail> {
  return detailFor(ctx, await loadReadableRequest(ctx, requestId));
}

/** The detail of a request already loaded for this actor. */
export async function detailFor(ctx: ServiceContext, request: RequestRecord): Promise<RequestDetail> {
  const [organisation, documents, history, messages, lastDecision, decisionEmails, datapass] = await Promise.all([
    findOrganisation(ctx.db, request.organisationId),
    listRequestDocuments(ctx.db, request.id),
    listEvents(ctx.db, request.id),
    listMessages(ctx.db, request.id),
    latestDecision(ctx.db, request.id),
    decisionEmailState(ctx.db, request.id),
    findDatapassLink(ctx.db, request.id),
  ]);
  return {
    request,
    organisation: organisation!,
    documents,
    history,
    messages,
    lastDecision,
    decisionEmails,
    datapass: datapass ?? null,
  };
}
