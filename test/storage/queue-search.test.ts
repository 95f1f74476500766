/**
 * The queue's search reads the FTS index in request-number order and stops at the page's end;
 * its counts read at most SEARCH_COUNT_WINDOW matches, then are lower bounds. Checked on rows
 * whose submission order is the reverse of their numbers, so that the two orders cannot be
 * confused.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { countQueueTabs } from "../../src/storage/queue-counts";
import { SEARCH_COUNT_WINDOW, listQueue, searchWindow } from "../../src/storage/queue-store";
import type { QueueFilters } from "../../src/domain/queue";
import { createHarness } from "../support/harness";

describe("queue search", async () => {
  const harness = await createHarness();
  const { db } = harness;
  const instructor = await harness.user("instructor");
  const fill = async (name: string, total: number) => {
    const organisation = await harness.organisation({ name });
    const applicant = await harness.user("applicant", organisation.id);
    // The insert trigger indexes each request under its organisation's name; every other one is
    // 'tariff_act_requested' and every third is assigned. Later numbers, earlier submissions.
    await db.run(sql`
      with recursive n(i) as (select 1 union all select i + 1 from n where i < ${total})
      insert into requests (organisation_id, created_by_id, use_case, legal_framework_text, state, version,
        assigned_instructor_id, created_at, updated_at, first_submitted_at, submitted_at)
      select ${organisation.id}, ${applicant.id}, 'demande-libre', 'Délibération',
        case when i % 2 = 1 then 'submitted' else 'tariff_act_requested' end, 2,
        case when i % 3 = 0 then ${instructor.id} else null end, 1000, 1000, 10000000 - i, 10000000 - i from n`);
  };
  const MANY = SEARCH_COUNT_WINDOW + 1_000;
  await fill("Commune de Pontarlier-sur-Doubs", MANY);
  await fill("Commune de Morteau", 12);
  const submitted = { states: ["submitted" as const], search: "pontarlier" };
  const all = (await listQueue(db, submitted, { limit: 10_000 })).map((row) => row.id);

  it("lists the matches of the tab by request number", () => {
    expect(all).toHaveLength(MANY / 2);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it("pages forwards and backwards by request number", async () => {
    const after = await listQueue(db, submitted, { limit: 3, after: { at: 0, id: all[10]! } });
    expect(after.map((row) => row.id)).toEqual(all.slice(11, 14));
    const before = await listQueue(db, submitted, { limit: 3, before: { at: 0, id: all[10]! } });
    expect(before.map((row) => row.id)).toEqual(all.slice(7, 10));
  });

  it("counts exactly when the matches fit in the window", async () => {
    const tabs = [
      { states: ["submitted" as const], search: "morteau" },
      { states: ["tariff_act_requested" as const], search: "morteau" },
      { states: ["submitted" as const, "tariff_act_requested" as const], search: "morteau", assignedTo: instructor.id },
      { states: ["submitted" as const], search: "morteau", assignedTo: "none" as const },
    ];
    expect(await countQueueTabs(db, tabs)).toEqual({ counts: [6, 6, 4, 4], atLeast: false, pageIds: null });
    const countOf = async (filters: QueueFilters) => (await countQueueTabs(db, [filters])).counts[0];
    expect(await countOf({ states: ["submitted"], search: "absentdutexte" })).toBe(0);
    expect(await countOf({ ...tabs[0]!, departement: "00" })).toBe(0);
  });

  it("counts within the window only, as lower bounds, when a word is nearly everywhere", async () => {
    const { groups, complete } = await searchWindow(db, {
      states: ["submitted", "tariff_act_requested"],
      search: "pontarlier",
    });
    expect(complete).toBe(false);
    expect(groups.reduce((total, group) => total + group.count, 0)).toBe(SEARCH_COUNT_WINDOW + 1);
    const { counts, atLeast } = await countQueueTabs(db, [
      submitted,
      { ...submitted, states: ["tariff_act_requested"] },
    ]);
    expect(atLeast).toBe(true);
    expect(counts).toEqual([SEARCH_COUNT_WINDOW / 2 + 1, SEARCH_COUNT_WINDOW / 2]);
  });

  it("answers a tab's page from the same read of the index when the window holds it", async () => {
    const morteau = { states: ["submitted" as const], search: "morteau" };
    const tabs = [morteau, { ...morteau, states: ["tariff_act_requested" as const] }];
    const listed = (await listQueue(db, morteau, { limit: 100 })).map((row) => row.id);
    const pageOf = async (page: { limit: number; after?: number; before?: number }, filters: QueueFilters = morteau) =>
      (await countQueueTabs(db, tabs, { filters, ...page })).pageIds;
    // Every match in the window: any page, forwards or backwards, and nobody's requests.
    expect(await pageOf({ limit: 4 })).toEqual(listed.slice(0, 4));
    expect(await pageOf({ limit: 4, after: listed[1] })).toEqual(listed.slice(2, 6));
    expect(await pageOf({ limit: 4, before: listed[5] })).toEqual(listed.slice(1, 5));
    const nobodys = (await listQueue(db, { ...morteau, assignedTo: "none" }, { limit: 100 })).map((row) => row.id);
    expect(await pageOf({ limit: 100 }, { ...morteau, assignedTo: "none" })).toEqual(nobodys);
    // A page whose other filters are not the window's is read from the index instead.
    expect(await pageOf({ limit: 4 }, { ...morteau, useCase: "autre" })).toBeNull();
  });

  it("reads the page from the index when the window may miss some of it", async () => {
    const tabs = [submitted, { ...submitted, states: ["tariff_act_requested" as const] }];
    const pageOf = async (page: { limit: number; after?: number; before?: number }) =>
      (await countQueueTabs(db, tabs, { filters: submitted, ...page })).pageIds;
    // Filled forwards within the window: the first matches, so nothing is missing before them.
    expect(await pageOf({ limit: 3 })).toEqual(all.slice(0, 3));
    expect(await pageOf({ limit: 3, after: all[10] })).toEqual(all.slice(11, 14));
    // Past the window's end, or backwards with matches beyond the window: not answered.
    expect(await pageOf({ limit: 3, after: all.at(-5) })).toBeNull();
    expect(await pageOf({ limit: 3, before: all[10] })).toBeNull();
  });

  it("keeps the other filters and ignores FTS syntax typed in the box", async () => {
    expect(await listQueue(db, { ...submitted, useCase: "autre" }, { limit: 5 })).toEqual([]);
    expect(await listQueue(db, { states: ["submitted"], search: '"(^*' }, { limit: 5 })).toHaveLength(5);
  });
});
