/** Everything a request page shows, read for an actor who may see it. */

import { findOrganisation, type OrganisationRow } from "../storage/people-store";
import { listRequestDocuments, type DocumentRow } from "../storage/documents-store";
import {
  latestDecision,
  listEvents,
  listMessages,
  type HistoryEntry,
  type MessageEntry,
} from "../storage/history-store";
import type { RequestRecord } from "../storage/requests-store";
import { findDatapassLink, type DatapassLinkRow } from "../storage/datapass-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";

export interface RequestDetail {
  readonly request: RequestRecord;
  readonly organisation: OrganisationRow;
  readonly documents: DocumentRow[];
  readonly history: HistoryEntry[];
  readonly messages: MessageEntry[];
  readonly lastDecision: { decision: string; motivation: string; createdAt: number } | undefined;
  /** The DataPass demande the request was imported from, if any. */
  readonly datapass: DatapassLinkRow | null;
}

export async function getRequestDetail(ctx: ServiceContext, requestId: number): Promise<RequestDetail> {
  return detailFor(ctx, await loadReadableRequest(ctx, requestId));
}

/** The detail of a request already loaded for this actor. */
export async function detailFor(ctx: ServiceContext, request: RequestRecord): Promise<RequestDetail> {
  const [organisation, documents, history, messages, lastDecision, datapass] = await Promise.all([
    findOrganisation(ctx.db, request.organisationId),
    listRequestDocuments(ctx.db, request.id),
    listEvents(ctx.db, request.id),
    listMessages(ctx.db, request.id),
    latestDecision(ctx.db, request.id),
    findDatapassLink(ctx.db, request.id),
  ]);
  return {
    request,
    organisation: organisation!,
    documents,
    history,
    messages,
    lastDecision,
    datapass: datapass ?? null,
  };
}
