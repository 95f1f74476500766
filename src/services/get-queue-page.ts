/**
 * One page of the instruction queue for a tab and its filters: the rows (one more than the
 * page, so the caller knows whether a next page exists), each tab's count and the instructors
 * (for names and the filter). Staff only.
 */

import { authorize } from "../domain/policies";
import { filtersFor, QUEUE_TABS, type QueueCursor, type QueueForm, type QueueTab } from "../domain/queue";
import { RULES } from "../rules/index";
import { listUsersByRole, type UserRow } from "../storage/people-store";
import { countQueueTabs } from "../storage/queue-counts";
import { listQueue, toFtsQuery } from "../storage/queue-store";
import type { RequestSummary } from "../domain/request-listings";
import type { ServiceContext } from "./context";

export const QUEUE_REFUSAL = "La file d'instruction est réservée aux instructeurs, lecteurs et administrateurs.";

export interface QueuePage {
  readonly rows: RequestSummary[];
  readonly hasMore: boolean;
  /** Per tab of QUEUE_TABS, in order. */
  readonly counts: number[];
  /** The counts are lower bounds (a search of a word found almost everywhere). */
  readonly countsAtLeast: boolean;
  /** A search lists its matches by request number (read from the index in that order). */
  readonly byNumber: boolean;
  readonly instructors: UserRow[];
  /** The guide's rules, for the "règle non satisfaite" filter. */
  readonly rules: { id: string; title: string }[];
}

export async function getQueuePage(
  ctx: ServiceContext,
  input: { tab: QueueTab; form: QueueForm; cursor?: QueueCursor; pageSize: number },
): Promise<QueuePage> {
  authorize(ctx.actor, "browse_queue", QUEUE_REFUSAL);
  const { userId } = ctx.actor;
  const filters = filtersFor(input.tab, input.form, userId);
  const [rows, { counts, atLeast }, instructors] = await Promise.all([
    listQueue(ctx.db, filters, { limit: input.pageSize + 1, after: input.cursor }),
    countQueueTabs(
      ctx.db,
      QUEUE_TABS.map((candidate) => filtersFor(candidate, input.form, userId)),
    ),
    listUsersByRole(ctx.db, "instructor"),
  ]);
  return {
    rows: rows.slice(0, input.pageSize),
    hasMore: rows.length > input.pageSize,
    counts,
    countsAtLeast: atLeast,
    byNumber: Boolean(filters.search && toFtsQuery(filters.search)),
    instructors,
    rules: RULES.map((rule) => ({ id: rule.id, title: rule.title })),
  };
}
