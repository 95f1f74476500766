/**
 * The queue's tab counts. Without filters (or with only an instructor), they are read from
 * `queue_counters`, which triggers keep in every write's batch: a few rows summed, whatever the
 * size of the base. With filters on the requests themselves, they are remembered per database
 * generation. Counting tens of thousands of
 * requests five times was most of a queue page's SQL, yet the numbers only change when a
 * request does, and every change to a request (creation, edit, submission, decision,
 * assignment) writes an event in the same batch: the newest event id is a generation that
 * moves with every such change, from this process or any other (CLI, a second server, D1).
 * Filters that read other tables (organisations' département, findings and annotations,
 * searchable text) are
 * never remembered: those tables change without an event.
 */

import { sql } from "drizzle-orm";
import type { Database } from "./database";
import type { QueueFilters } from "../domain/queue";
import { countQueue, countSearchGroups, toFtsQuery, type CountGroup } from "./queue-store";
import { events, queueCounters } from "./schema";

const MAX_ENTRIES = 1_000;

interface Remembered {
  generation: number;
  readonly counts: Map<string, number>;
}

const byDatabase = new WeakMap<Database, Remembered>();

export interface TabCounts {
  readonly counts: number[];
  /** A search past its counting window: every count is a lower bound ("au moins"). */
  readonly atLeast: boolean;
}

/**
 * The counts of tabs that differ only by their states and assigned instructor (as the queue's
 * tabs do, sharing the form's other filters).
 */
export async function countQueueTabs(db: Database, tabs: readonly QueueFilters[]): Promise<TabCounts> {
  if (tabs.every(keptByCounters)) {
    return { counts: sumPerTab(tabs, await db.select().from(queueCounters)), atLeast: false };
  }
  const search = tabs[0]?.search;
  if (search && toFtsQuery(search)) {
    // One pass for every tab: all their states, any instructor, then summed per tab.
    const union = { ...tabs[0]!, states: [...new Set(tabs.flatMap((tab) => tab.states))], assignedTo: undefined };
    const { groups, complete } = await countSearchGroups(db, union);
    return { counts: sumPerTab(tabs, groups), atLeast: !complete };
  }
  return { counts: await countFiltered(db, tabs), atLeast: false };
}

function sumPerTab(tabs: readonly QueueFilters[], groups: readonly CountGroup[]): number[] {
  return tabs.map((filters) =>
    groups
      .filter((group) => filters.states.includes(group.state as QueueFilters["states"][number]))
      .filter((group) => assignedMatches(filters.assignedTo, group.assignedInstructorId))
      .reduce((total, group) => total + group.count, 0),
  );
}

async function countFiltered(db: Database, tabs: readonly QueueFilters[]): Promise<number[]> {
  if (!tabs.every(cacheable)) return Promise.all(tabs.map((filters) => countQueue(db, filters)));
  const row = await db
    .select({ generation: sql<number | null>`max(${events.id})` })
    .from(events)
    .get();
  const generation = Number(row?.generation ?? 0);
  let remembered = byDatabase.get(db);
  if (!remembered || remembered.generation !== generation) {
    remembered = { generation, counts: new Map() };
    byDatabase.set(db, remembered);
  }
  const { counts } = remembered;
  return Promise.all(
    tabs.map(async (filters) => {
      const key = JSON.stringify(filters);
      const known = counts.get(key);
      if (known !== undefined) return known;
      const count = await countQueue(db, filters);
      // A count read while a newer generation was already remembered is dropped, never mixed in.
      if (byDatabase.get(db) === remembered) {
        if (counts.size >= MAX_ENTRIES) counts.clear();
        counts.set(key, count);
      }
      return count;
    }),
  );
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
