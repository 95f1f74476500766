/**
 * One page of the instruction queue for a tab, its filters and its order: the rows with what
 * the reading concluded for each, each tab's count, the instructors (for names and the filter)
 * and what the pager needs (the page's number out of how many, and where the previous and next
 * pages start). Pages are keyset pages read one row beyond, so "is there more" costs one row.
 * Staff only.
 */

import { authorize } from "../domain/policies";
import {
  cursorOf,
  filtersFor,
  QUEUE_TABS,
  type QueueCursor,
  type QueueFilters,
  type QueueForm,
  type QueuePosition,
  type QueueTab,
} from "../domain/queue";
import type { QueueSort, RowReading } from "../domain/queue-order";
import { RULES } from "../rules/index";
import { listUsersByRole, type UserRow } from "../storage/people-store";
import { countQueueTabs } from "../storage/queue-counts";
import { listQueue, listSummariesByIds, readingsOf, toFtsQuery } from "../storage/queue-store";
import type { RequestSummary } from "../domain/request-listings";
import type { ServiceContext } from "./context";

export const QUEUE_REFUSAL = "La file d'instruction est réservée aux instructeurs, lecteurs et administrateurs.";

interface QueuePager {
  /** This page's number and the number of pages (from the tab's count). */
  readonly number: number;
  readonly count: number;
  /** The number of pages is a lower bound (see countsAtLeast). */
  readonly countAtLeast: boolean;
  /** Where the previous page ends (absent on the first page) and the next one starts (absent on the last). */
  readonly previous?: QueueCursor;
  readonly next?: QueueCursor;
}

export interface QueuePage {
  readonly rows: RequestSummary[];
  readonly readings: ReadonlyMap<number, RowReading>;
  /** Per tab of QUEUE_TABS, in order. */
  readonly counts: number[];
  /** The counts are lower bounds (a search of a word found almost everywhere). */
  readonly countsAtLeast: boolean;
  /** A search lists its matches by request number (read from the index in that order), whatever the order chosen. */
  readonly byNumber: boolean;
  readonly pager: QueuePager;
  readonly instructors: UserRow[];
  /** The guide's rules, for the "règle non satisfaite" filter. */
  readonly rules: { id: string; title: string }[];
}

export async function getQueuePage(
  ctx: ServiceContext,
  input: { tab: QueueTab; form: QueueForm; sort: QueueSort; pageSize: number; position: QueuePosition },
): Promise<QueuePage> {
  authorize(ctx.actor, "browse_queue", QUEUE_REFUSAL);
  const { userId } = ctx.actor;
  const { position, pageSize, sort } = input;
  const backwards = position.before !== undefined;
  const filters = filtersFor(input.tab, input.form, userId);
  const tabs = QUEUE_TABS.map((candidate) => filtersFor(candidate, input.form, userId));
  const [{ rows, counts, atLeast }, instructors] = await Promise.all([
    rowsAndCounts(ctx, filters, tabs, { sort, limit: pageSize + 1, position }),
    listUsersByRole(ctx.db, "instructor"),
  ]);
  // One row more than a page says whether there is more in the direction read.
  const more = rows.length > pageSize;
  const page = backwards ? rows.slice(-pageSize) : rows.slice(0, pageSize);
  const total = counts[QUEUE_TABS.indexOf(input.tab)]!;
  // A search past its counting window knows a lower bound only: the page number is then the URL's.
  const counted = Math.max(1, Math.ceil(total / pageSize));
  // Reading backwards to the very start is page 1, whatever the URL said.
  const number = backwards && !more ? 1 : atLeast ? position.page : Math.min(position.page, counted);
  const count = Math.max(counted, number);
  const first = page[0];
  const last = page.at(-1);
  return {
    rows: page,
    readings: await readingsOf(
      ctx.db,
      page.map((row) => row.id),
    ),
    counts,
    countsAtLeast: atLeast,
    byNumber: searches(filters),
    pager: {
      number,
      count,
      countAtLeast: atLeast,
      previous: number > 1 && first ? cursorOf(first, sort) : undefined,
      next: (backwards || more) && last ? cursorOf(last, sort) : undefined,
    },
    instructors,
    rules: RULES.map((rule) => ({ id: rule.id, title: rule.title })),
  };
}

const searches = (filters: QueueFilters) => Boolean(filters.search && toFtsQuery(filters.search));

/**
 * The page's rows, one more than a page, and every tab's count. A search reads the index once
 * for both when it can (countQueueTabs gives its page), else its rows are read apart.
 */
async function rowsAndCounts(
  ctx: ServiceContext,
  filters: QueueFilters,
  tabs: QueueFilters[],
  page: { sort: QueueSort; limit: number; position: QueuePosition },
): Promise<{ rows: RequestSummary[]; counts: number[]; atLeast: boolean }> {
  const { sort, limit, position } = page;
  const list = () =>
    listQueue(ctx.db, filters, {
      sort,
      limit,
      ...(position.before !== undefined ? { before: position.before } : { after: position.after }),
    });
  if (!searches(filters)) {
    const [rows, { counts, atLeast }] = await Promise.all([list(), countQueueTabs(ctx.db, tabs)]);
    return { rows, counts, atLeast };
  }
  const { counts, atLeast, pageIds } = await countQueueTabs(ctx.db, tabs, {
    filters,
    limit,
    after: position.after?.id,
    before: position.before?.id,
  });
  return { rows: pageIds ? await listSummariesByIds(ctx.db, pageIds) : await list(), counts, atLeast };
}
