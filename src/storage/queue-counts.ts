/**
 * The queue's tab counts. Without filters (or with only an instructor), they are read from
 * `queue_counters`, which triggers keep in every write's batch: a few rows summed, whatever the
 * size of the base. With filters, every tab is counted in one grouped pass over all their
 * states (per state and instructor, then summed per tab), where counting each tab apart read
 * the same requests five times. Filters on the requests themselves are remembered per database
 * generation: the numbers only change when a request does, and every change to a request
 * (creation, edit, submission, decision, assignment) writes an event in the same batch, so the
 * newest event id is a generation that moves with every such change, from this process or any
 * other (CLI, a second server, D1). Filters that read other tables (organisations' département,
 * findings and annotations, searchable text) are never remembered: those tables change without
 * an event.
 */

import { sql } from "drizzle-orm";
import type { Database } from "./database";
import { preparedFor } from "./prepared";
import type { QueueFilters } from "../domain/queue";
import { countGroups, searchWindow, toFtsQuery, type CountGroup, type SearchPage } from "./queue-store";
import { events, queueCounters } from "./schema";

const MAX_ENTRIES = 1_000;

interface Remembered {
  generation: number;
  readonly groups: Map<string, readonly CountGroup[]>;
}

const byDatabase = new WeakMap<Database, Remembered>();
// The kept counters summed per state for the instructors the tabs name (the viewer, the filter's,
// 0 for nobody), the others together (-1): a dozen rows to read, not one per instructor and state.
const namedCounters = preparedFor((db) => {
  const named = sql`${queueCounters.assignedInstructorId} in (select value from json_each(${sql.placeholder("named")}))`;
  const assigned = sql<number>`case when ${named} then ${queueCounters.assignedInstructorId} else -1 end`;
  return db
    .select({
      state: queueCounters.state,
      assignedInstructorId: assigned,
      count: sql<number>`sum(${queueCounters.count})`,
    })
    .from(queueCounters)
    .groupBy(queueCounters.state, assigned)
    .prepare();
});

async function keptCounts(db: Database, tabs: readonly QueueFilters[]): Promise<CountGroup[]> {
  const named = [0, ...tabs.map((tab) => tab.assignedTo).filter((id): id is number => typeof id === "number")];
  const rows = await namedCounters(db).all({ named: JSON.stringify([...new Set(named)]) });
  return rows.map((row) => ({
    ...row,
    assignedInstructorId: Number(row.assignedInstructorId),
    count: Number(row.count),
  }));
}

export interface TabCounts {
  readonly counts: number[];
  /** A search past its counting window: every count is a lower bound ("au moins"). */
  readonly atLeast: boolean;
  /**
   * A search's page, read with its counts when asked for and the index's window answers for it
   * (see searchWindow): one MATCH for both, where counting and listing apart made two. Null
   * otherwise: the page is read apart.
   */
  readonly pageIds: number[] | null;
}

/**
 * The counts of tabs that differ only by their states and assigned instructor (as the queue's
 * tabs do, sharing the form's other filters), and for a search the page of one tab.
 */
export async function countQueueTabs(
  db: Database,
  tabs: readonly QueueFilters[],
  page?: SearchPage,
): Promise<TabCounts> {
  if (tabs.every(keptByCounters)) {
    return { counts: sumPerTab(tabs, await keptCounts(db, tabs)), atLeast: false, pageIds: null };
  }
  const union = unionOf(tabs);
  if (union.search && toFtsQuery(union.search)) {
    const { groups, complete, pageIds } = await searchWindow(db, union, page);
    return { counts: sumPerTab(tabs, groups), atLeast: !complete, pageIds };
  }
  return { counts: sumPerTab(tabs, await filteredGroups(db, union)), atLeast: false, pageIds: null };
}

/** Every tab's states, any instructor: one read for all tabs, summed per tab after. */
const unionOf = (tabs: readonly QueueFilters[]): QueueFilters => ({
  ...tabs[0]!,
  states: [...new Set(tabs.flatMap((tab) => tab.states))],
  assignedTo: undefined,
});

function sumPerTab(tabs: readonly QueueFilters[], groups: readonly CountGroup[]): number[] {
  return tabs.map((filters) =>
    groups
      .filter((group) => filters.states.includes(group.state as QueueFilters["states"][number]))
      .filter((group) => assignedMatches(filters.assignedTo, group.assignedInstructorId))
      .reduce((total, group) => total + group.count, 0),
  );
}

async function filteredGroups(db: Database, union: QueueFilters): Promise<readonly CountGroup[]> {
  if (!cacheable(union)) return countGroups(db, union);
  const row = await db
    .select({ generation: sql<number | null>`max(${events.id})` })
    .from(events)
    .get();
  const generation = Number(row?.generation ?? 0);
  let remembered = byDatabase.get(db);
  if (!remembered || remembered.generation !== generation) {
    remembered = { generation, groups: new Map() };
    byDatabase.set(db, remembered);
  }
  const key = JSON.stringify(union);
  const known = remembered.groups.get(key);
  if (known) return known;
  const groups = await countGroups(db, union);
  // Groups read while a newer generation was already remembered are dropped, never mixed in.
  if (byDatabase.get(db) === remembered) {
    if (remembered.groups.size >= MAX_ENTRIES) remembered.groups.clear();
    remembered.groups.set(key, groups);
  }
  return groups;
}

function keptByCounters(filters: QueueFilters): boolean {
  const { states, assignedTo, ...others } = filters;
  return Object.values(others).every((value) => value === undefined || value === "");
}

/** 0 in queue_counters stands for "assigned to nobody". */
function assignedMatches(assignedTo: QueueFilters["assignedTo"], counted: number): boolean {
  if (assignedTo === undefined) return true;
  return assignedTo === "none" ? counted === 0 : counted === assignedTo;
}

function cacheable(filters: QueueFilters): boolean {
  return (
    filters.departement === undefined &&
    filters.failingRule === undefined &&
    !filters.search &&
    filters.outcome === undefined &&
    filters.suggestion === undefined
  );
}
