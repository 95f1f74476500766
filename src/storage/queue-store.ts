/**
 * The instruction queue's query: filters that combine, full-text search through the FTS5
 * table `request_search`, and keyset pagination on (sort column, id) so that page 2,000
 * costs what page 1 does, in each of the queue's orders (submission or last change, either way;
 * oldest submission first by default: the instructors' order of work). A search lists its
 * matches by request number instead, whatever the order chosen: the FTS index is read in rowid
 * order and stops at the page's end, where ordering by a column would sort every match of a
 * common word. Also the reading's outcome of each listed row, from its findings and the
 * annotator's suggestion.
 */

import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { readingOutcome, type QueueSort, type ReadingOutcome, type RowReading } from "../domain/queue-order";
import type { QueueCursor, QueueFilters } from "../domain/queue";
import type { Database } from "./database";
import type { RequestSummary } from "../domain/request-listings";
import { preparedFor } from "./prepared";
import { summaryColumns } from "./requests-store";
import { organisations, requests } from "./schema";
import { requestSearch } from "./search-table";

/**
 * A search counts within its first matches only: beyond, its counts are lower bounds (« au
 * moins 1 000 »: a search that broad is refined, not paged through). Reading the window is most
 * of a common word's search page: 5,000 matches cost 14 ms a page at 100,000 requests, 1,000 cost 10.
 */
export const SEARCH_COUNT_WINDOW = 1_000;

export interface CountGroup {
  readonly state: string;
  /** 0 for nobody. */
  readonly assignedInstructorId: number;
  readonly count: number;
}

const SORT_COLUMNS = {
  oldest: { column: requests.submittedAt, descending: false },
  newest: { column: requests.submittedAt, descending: true },
  updated: { column: requests.updatedAt, descending: true },
  waiting: { column: requests.updatedAt, descending: false },
} as const;

export async function listQueue(
  db: Database,
  filters: QueueFilters,
  page: { limit: number; sort?: QueueSort; after?: QueueCursor; before?: QueueCursor },
): Promise<RequestSummary[]> {
  const { column, descending } = SORT_COLUMNS[page.sort ?? "oldest"];
  // Going backwards (previous request or page) reads the index in reverse, then restores the order.
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
  const reverse = descending !== backwards;
  const rows = await db
    .select(summaryColumns)
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(and(...conditions(filters), cursor ? keyset(column, cursor, reverse) : undefined))
    .orderBy(
      ...(reverse ? [sql`${column} desc`, sql`${requests.id} desc`] : [sql`${column} asc`, sql`${requests.id} asc`]),
    )
    .limit(page.limit);
  const ordered = backwards ? rows.reverse() : rows;
  return ordered as RequestSummary[];
}

/**
 * What the reading concluded for each listed request: one query for the page's rows. The ids
 * go as one JSON array, so the statement keeps one shape and is prepared once.
 */
const readingsOfIds = preparedFor((db) =>
  db
    .select({
      id: requests.id,
      read: sql<number>`(a.request_id is not null)`,
      suggestion: sql<string | null>`json_extract(a.annotation, '$.suggestion.decision')`,
      unjustified: sql<number>`(select count(*) from findings f where f.request_id = ${requests.id} and f.scope is not null and f.status = 'fail')`,
      toCheck: sql<number>`(select count(*) from findings f where f.request_id = ${requests.id} and f.scope is not null and f.status = 'warning')`,
    })
    .from(requests)
    .leftJoin(sql`request_annotations a`, sql`a.request_id = ${requests.id}`)
    .where(sql`${requests.id} in (select value from json_each(${sql.placeholder("ids")}))`)
    .prepare(),
);

export async function readingsOf(db: Database, ids: readonly number[]): Promise<Map<number, RowReading>> {
  if (ids.length === 0) return new Map();
  const rows = await readingsOfIds(db).all({ ids: JSON.stringify(ids) });
  return new Map(
    rows.map((row) => {
      const counts = { read: Boolean(row.read), unjustified: Number(row.unjustified), toCheck: Number(row.toCheck) };
      return [row.id, { ...counts, outcome: readingOutcome(counts), suggestion: row.read ? row.suggestion : null }];
    }),
  );
}

/** The requests the filters select (but a search), counted per state and assigned instructor in one pass. */
export async function countGroups(db: Database, filters: QueueFilters): Promise<CountGroup[]> {
  const assigned = sql<number>`coalesce(${requests.assignedInstructorId}, 0)`;
  const query = db
    .select({ state: requests.state, assignedInstructorId: assigned, count: sql<number>`count(*)` })
    .from(requests);
  const joined =
    filters.departement !== undefined
      ? query.innerJoin(organisations, eq(organisations.id, requests.organisationId))
      : query;
  const rows = await joined.where(and(...conditions(filters))).groupBy(requests.state, assigned);
  return rows.map((row) => ({
    state: row.state,
    assignedInstructorId: Number(row.assignedInstructorId),
    count: Number(row.count),
  }));
}

/**
 * A row-value comparison on (sort column, id), which SQLite turns into one range on the
 * (state, column, id) index, read forwards or backwards; the equivalent
 * `a > x or (a = x and b > y)` made it scan the tab from its start.
 */
function keyset(
  column: typeof requests.submittedAt | typeof requests.updatedAt,
  cursor: QueueCursor,
  reverse: boolean,
) {
  return reverse
    ? sql`(${column}, ${requests.id}) < (${cursor.at}, ${cursor.id})`
    : sql`(${column}, ${requests.id}) > (${cursor.at}, ${cursor.id})`;
}

const SCOPE_FINDING = (status: string) =>
  sql`exists (select 1 from findings f where f.request_id = ${requests.id} and f.scope is not null and f.status = ${status})`;
const ANNOTATED = sql`exists (select 1 from request_annotations a where a.request_id = ${requests.id})`;

function outcomeCondition(outcome: ReadingOutcome): SQL | undefined {
  switch (outcome) {
    case "unread":
      return sql`not ${ANNOTATED}`;
    case "unjustified":
      return SCOPE_FINDING("fail");
    case "to_check":
      return and(sql`not ${SCOPE_FINDING("fail")}`, SCOPE_FINDING("warning"));
    case "justified":
      return and(ANNOTATED, sql`not ${SCOPE_FINDING("fail")}`, sql`not ${SCOPE_FINDING("warning")}`);
  }
}

/** Where a search's page starts: the tab's own filters, rows after or before a request number. */
export interface SearchPage {
  readonly filters: QueueFilters;
  readonly limit: number;
  readonly after?: number;
  readonly before?: number;
}

export interface SearchWindow {
  readonly groups: CountGroup[];
  /** Every match was counted; when not, each count is a lower bound. */
  readonly complete: boolean;
  /**
   * The page's request numbers, ascending, when the window answers for it: every match lies in
   * the window, or the page was filled from it reading forwards (the window holds the first
   * matches in number order, so none is missing before them). Null: read the page from the index.
   */
  readonly pageIds: number[] | null;
}

/**
 * A search's matches per state and assigned instructor, counted in one pass over at most the
 * first SEARCH_COUNT_WINDOW + 1 matches of the FTS index (rowid order): a word present
 * everywhere costs a bounded read whatever the size of the base. The same read gives the page
 * of one tab: FTS5 merges a prefix term's doclists again at each MATCH (5 ms for a word found
 * in 100,000 documents), so the page is not read apart when the window answers for it.
 */
export async function searchWindow(db: Database, filters: QueueFilters, page?: SearchPage): Promise<SearchWindow> {
  const match = toFtsQuery(filters.search ?? "");
  const where = conditions(filters).filter((condition): condition is SQL => condition !== undefined);
  const paged = page && sameBesidesTab(filters, page.filters) ? page : undefined;
  // The window is read once (MATERIALIZED); each group brings its request numbers when a page
  // is asked for (a second read of the window, even materialized, made SQLite match again).
  const rows = await db.all<{ state: string; assigned: number; count: number; seen: number; ids: string | null }>(sql`
    with window_matches as materialized (
      select rowid as id from request_search where request_search match ${match} order by rowid limit ${SEARCH_COUNT_WINDOW + 1}
    )
    select ${requests.state} as state, coalesce(${requests.assignedInstructorId}, 0) as assigned, count(*) as count,
      (select count(*) from window_matches) as seen, ${paged ? sql`group_concat(${requests.id})` : sql`null`} as ids
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
  const complete = Number(seen) <= SEARCH_COUNT_WINDOW;
  const groups = rows.map((row) => ({
    state: row.state,
    assignedInstructorId: Number(row.assigned),
    count: Number(row.count),
  }));
  if (!paged) return { groups, complete, pageIds: null };
  const ids = pageOfWindow(rows, paged);
  const answers = complete || (paged.before === undefined && ids.length === paged.limit);
  return { groups, complete, pageIds: answers ? ids : null };
}

/** The page's numbers among the window's selected matches: the tab's states and instructor, after or before the cursor. */
function pageOfWindow(
  groups: readonly { state: string; assigned: number; ids: string | null }[],
  page: SearchPage,
): number[] {
  const { filters, limit, after, before } = page;
  const wanted = (group: { state: string; assigned: number }) =>
    filters.states.includes(group.state as QueueFilters["states"][number]) &&
    (filters.assignedTo === undefined ||
      Number(group.assigned) === (filters.assignedTo === "none" ? 0 : filters.assignedTo));
  const ids = groups
    .filter(wanted)
    .flatMap((group) => (group.ids ? group.ids.split(",").map(Number) : []))
    .filter((id) => (before !== undefined ? id < before : after !== undefined ? id > after : true))
    .sort((a, b) => a - b);
  return before !== undefined ? ids.slice(-limit) : ids.slice(0, limit);
}

/** A tab's filters are the form's, with the tab's states and instructor: the rest must be the window's. */
function sameBesidesTab(window: QueueFilters, tab: QueueFilters): boolean {
  const { states: _states, assignedTo: _assigned, ...others } = tab;
  const { states: _windowStates, assignedTo: _windowAssigned, ...windowOthers } = window;
  return (
    JSON.stringify(others) === JSON.stringify(windowOthers) &&
    tab.states.every((state) => window.states.includes(state)) &&
    window.assignedTo === undefined
  );
}

const summariesOfIds = preparedFor((db) =>
  db
    .select(summaryColumns)
    .from(requests)
    .innerJoin(organisations, eq(organisations.id, requests.organisationId))
    .where(sql`${requests.id} in (select value from json_each(${sql.placeholder("ids")}))`)
    .orderBy(asc(requests.id))
    .prepare(),
);

/** Queue lines of the given requests, by number. */
export async function listSummariesByIds(db: Database, ids: readonly number[]): Promise<RequestSummary[]> {
  if (ids.length === 0) return [];
  return (await summariesOfIds(db).all({ ids: JSON.stringify(ids) })) as RequestSummary[];
}

/** Every filter but the search, which listQueue and searchWindow read from the FTS index. */
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
    filters.outcome ? outcomeCondition(filters.outcome) : undefined,
    filters.suggestion
      ? sql`exists (select 1 from request_annotations a where a.request_id = ${requests.id} and json_extract(a.annotation, '$.suggestion.decision') = ${filters.suggestion})`
      : undefined,
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
