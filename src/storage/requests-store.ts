/** Reading requests: one request with its scopes, an organisation's list, the instruction queue. */

import { and, asc, desc, eq, gt, ne, sql } from "drizzle-orm";
import type { RequestSummary } from "../domain/request-listings";
import type { RequestState } from "../domain/request-state";
import type { Database } from "./database";
import { preparedFor } from "./prepared";
import { organisations, requestScopes, requests } from "./schema";

type RequestRow = typeof requests.$inferSelect;

export interface RequestRecord extends Omit<RequestRow, "state"> {
  readonly state: RequestState;
  readonly scopes: string[];
}

// The request and its scopes in one statement: read on every request page and twice per decision.
const requestById = preparedFor((db) =>
  db
    .select({
      request: requests,
      scopes: sql<string>`(select json_group_array(scope) from ${requestScopes} where ${requestScopes.requestId} = ${requests.id})`,
    })
    .from(requests)
    .where(eq(requests.id, sql.placeholder("id")))
    .prepare(),
);

export async function findRequest(db: Database, id: number): Promise<RequestRecord | undefined> {
  const row = await requestById(db).get({ id });
  if (!row) return undefined;
  const scopes = (JSON.parse(row.scopes) as string[]).sort();
  return { ...row.request, state: row.request.state as RequestState, scopes };
}

/** The columns of a request line in lists (with its organisation joined). */
export const summaryColumns = {
  id: requests.id,
  state: requests.state,
  useCase: requests.useCase,
  organisationId: requests.organisationId,
  organisationName: organisations.name,
  departement: organisations.departement,
  submittedAt: requests.submittedAt,
  updatedAt: requests.updatedAt,
  createdAt: requests.createdAt,
  assignedInstructorId: requests.assignedInstructorId,
};

export async function listOrganisationRequests(db: Database, organisationId: number): Promise<RequestSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(eq(requests.organisationId, organisationId))
    .orderBy(desc(requests.updatedAt), desc(requests.id));
  return rows as RequestSummary[];
}

export interface ApiListQuery {
  readonly organisationId?: number;
  /** Leave drafts out: everyone but their organisation's agents. */
  readonly submittedOnly?: boolean;
  readonly state?: RequestState;
  readonly afterId?: number;
  readonly limit: number;
}

/** The API's list: by id, keyset-paginated, limited to one organisation for applicants. */
export async function listRequestsById(db: Database, query: ApiListQuery): Promise<RequestSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(
      and(
        query.organisationId !== undefined ? eq(requests.organisationId, query.organisationId) : undefined,
        query.submittedOnly ? ne(requests.state, "draft") : undefined,
        query.state ? eq(requests.state, query.state) : undefined,
        query.afterId !== undefined ? gt(requests.id, query.afterId) : undefined,
      ),
    )
    .orderBy(asc(requests.id))
    .limit(query.limit);
  return rows as RequestSummary[];
}
