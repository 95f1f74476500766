/**
 * The instruction queue's query: filters that combine, full-text search through the FTS5
 * table `request_search`, and keyset pagination on (submitted_at, id) so that page 2,000
 * costs what page 1 does. Oldest submission first: the instructors' order of work. A search
 * lists its matches by request number instead: the FTS index is read in rowid order and stops
 * at the page's end, where ordering by submission would sort every match of a common word.
 */

import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { QueueCursor, QueueFilters } from "../domain/queue";
import type { Database } from "./database";
import type { RequestSummary } from "../domain/request-listings";
import { summaryColumns } from "./requests-store";
import { organisations, requests } from "./schema";
import { requestSearch } from "./search-table";

/** A search counts within its first matches only: beyond, its counts are lower bounds. */
export const SEARCH_COUNT_WINDOW = 5_000;

export interface CountGroup {
  readonly state: string;
  /** 0 for nobody. */
  readonly assignedInstructorId: number;
  readonly count: number;
}

export async function listQueue(
  db: Database,
  filters: QueueFilters,
  page: { limit: number; after?: QueueCursor; before?: QueueCursor },
): Promise<RequestSummary[]> {
  // Going backwards (previous request) reads the index in reverse, then restores the order.
  const backwards = page.before !== undefined && page.after === undefined;
  const cursor = page.after ?? page.before;
  const match = filters.search ? toFtsQuery(filters.search) : "";
  if (match) {
    const found = await db
      .select(summaryColumns)
      .from(requestSearch)
      .innerJoin(requests, eq(requests.id, requestSearch.rowid))
      .innerJoin(organisations, eq(organisations.id, requests.organisationId))
      .where(
        and(
          sql`${requestSearch} match ${match}`,
          ...conditions(filters),
          cursor ? (backwards ? lt : gt)(requestSearch.rowid, cursor.id) : undefined,
        ),
      )
      .orderBy(backwards ? desc(requestSearch.rowid) : asc(requestSearch.rowid))
      .limit(page.limit);
    return (backwards ? found.reverse() : found) as RequestSummary[];
  }
  const rows = await db
    .select(summaryColumns)
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(and(...conditions(filters), cursor ? keyset(cursor, backwards) : undefined))
    .orderBy(
      ...(backwards
        ? [sql`${requests.submittedAt} desc`, sql`${requests.id} desc`]
        : [asc(requests.submittedAt), asc(requests.id)]),
    )
    .limit(page.limit);
  const ordered = backwards ? rows.reverse() : rows;
  return ordered as RequestSummary[];
}

/** How many requests the filters select (a search: see countSearchGroups). */
export async function countQueue(db: Database, filters: QueueFilters): Promise<number> {
  if (filters.search && toFtsQuery(filters.search)) {
    const { groups } = await countSearchGroups(db, filters);
    return groups.reduce((total, group) => total + group.count, 0);
  }
  const needsOrganisation = filters.departement !== undefined;
  const query = db.select({ count: sql<number>`count(*)` }).from(requests);
  const joined = needsOrganisation
    ? query.innerJoin(organisations, eq(organisations.id, requests.organisationId))
    : query;
  const row = await joined.where(and(...conditions(filters))).get();
  return Number(row?.count ?? 0);
}

/**
 * A row-value comparison, which SQLite turns into one range on the (state, submitted_at, id)
 * index; the equivalent `a > x or (a = x and b > y)` made it scan the tab from its start.
 */
function keyset(cursor: QueueCursor, backwards: boolean): SQL {
  return backwards
    ? sql`(${requests.submittedAt}, ${requests.id}) < (${cursor.submittedAt}, ${cursor.id})`
    : sql`(${requests.submittedAt}, ${requests.id}) > (${cursor.submittedAt}, ${cursor.id})`;
}

/**
 * A search's matches per state and assigned instructor, counted in one pass over at most the
 * first SEARCH_COUNT_WINDOW + 1 matches of the FTS index (rowid order): a word present
 * everywhere costs a bounded read whatever the size of the base. `complete` says whether every
 * match was counted; when not, each count is a lower bound.
 */
export async function countSearchGroups(
  db: Database,
  filters: QueueFilters,
): Promise<{ groups: CountGroup[]; complete: boolean }> {
  const match = toFtsQuery(filters.search ?? "");
  const where = conditions(filters).filter((condition): condition is SQL => condition !== undefined);
  // The window is read once (MATERIALIZED): FTS5 merges a prefix term's doclists on each read.
  const rows = await db.all<{ state: string; assigned: number; count: number; seen: number }>(sql`
    with window_matches as materialized (
      select rowid as id from request_search where request_search match ${match} order by rowid limit ${SEARCH_COUNT_WINDOW + 1}
    )
    select ${requests.state} as state, coalesce(${requests.assignedInstructorId}, 0) as assigned, count(*) as count,
      (select count(*) from window_matches) as seen
    from window_matches
    join ${requests} on ${requests.id} = window_matches.id
    join ${organisations} on ${organisations.id} = ${requests.organisationId}
    where ${sql.join(where, sql` and `)}
    group by 1, 2`);
  // No group: nothing selected among the window's matches; whether matches lie beyond is asked apart.
  const seen = rows[0]
    ? Number(rows[0].seen)
    : ((
        await db.all<{ seen: number }>(sql`select count(*) as seen from (select rowid from request_search
        where request_search match ${match} limit ${SEARCH_COUNT_WINDOW + 1})`)
      )[0]?.seen ?? 0);
  return {
    groups: rows.map((row) => ({
      state: row.state,
      assignedInstructorId: Number(row.assigned),
      count: Number(row.count),
    })),
    complete: Number(seen) <= SEARCH_COUNT_WINDOW,
  };
}

/** Every filter but the search, which listQueue and countQueue read from the FTS index. */
function conditions(filters: QueueFilters): (SQL | undefined)[] {
  return [
    inArray(requests.state, [...filters.states]),
    filters.useCase ? eq(requests.useCase, filters.useCase) : undefined,
    filters.scope
      ? sql`exists (select 1 from request_scopes s where s.request_id = ${requests.id} and s.scope = ${filters.scope})`
      : undefined,
    filters.failingRule
      ? sql`exists (select 1 from findings f where f.request_id = ${requests.id} and f.rule_id = ${filters.failingRule} and f.status = 'fail')`
      : undefined,
    filters.departement ? eq(organisations.departement, filters.departement) : undefined,
    filters.assignedTo === "none"
      ? isNull(requests.assignedInstructorId)
      : filters.assignedTo !== undefined
        ? eq(requests.assignedInstructorId, filters.assignedTo)
        : undefined,
    filters.submittedFrom !== undefined ? gte(requests.submittedAt, filters.submittedFrom) : undefined,
    filters.submittedTo !== undefined ? lt(requests.submittedAt, filters.submittedTo) : undefined,
  ];
}

/** Each word the instructor typed becomes a quoted prefix term; FTS syntax in the input is inert. */
export function toFtsQuery(search: string): string {
  return search
    .split(/\s+/)
    .map((word) => word.replace(/["*^():]/g, "").trim())
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => `"${word}"*`)
    .join(" ");
}
