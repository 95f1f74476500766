/**
 * The queue's search reads the FTS index in request-number order and stops at the page's end;
 * its counts stop past SEARCH_COUNT_CAP. Checked on rows whose submission order is the reverse
 * of their numbers, so that the two orders cannot be confused.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SEARCH_COUNT_CAP, countQueue, listQueue } from "../../src/storage/queue-store";
import { createHarness } from "../support/harness";

describe("queue search", async () => {
  const harness = await createHarness();
  const { db } = harness;
  const organisation = await harness.organisation({ name: "Commune de Pontarlier-sur-Doubs" });
  const applicant = await harness.user("applicant", organisation.id);
  const TOTAL = SEARCH_COUNT_CAP + 5;
  // The insert trigger indexes each request under its organisation's name; every other request
  // is 'tariff_act_requested', so the state filter matters too. Later numbers, earlier submissions.
  await db.run(sql`
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${2 * TOTAL})
    insert into requests (organisation_id, created_by_id, use_case, legal_framework_text, state, version, created_at,
      updated_at, first_submitted_at, submitted_at)
    select ${organisation.id}, ${applicant.id}, 'demande-libre', 'Délibération', case when i % 2 = 1 then 'submitted'
      else 'tariff_act_requested' end, 2, 1000, 1000, 10000000 - i, 10000000 - i from n`);
  const submitted = { states: ["submitted" as const], search: "pontarlier" };
  const all = (await listQueue(db, submitted, { limit: 10_000 })).map((row) => row.id);

  it("lists the matches of the tab by request number", () => {
    expect(all).toHaveLength(TOTAL);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });

  it("pages forwards and backwards by request number", async () => {
    const after = await listQueue(db, submitted, { limit: 3, after: { submittedAt: 0, id: all[10]! } });
    expect(after.map((row) => row.id)).toEqual(all.slice(11, 14));
    const before = await listQueue(db, submitted, { limit: 3, before: { submittedAt: 0, id: all[10]! } });
    expect(before.map((row) => row.id)).toEqual(all.slice(7, 10));
  });

  it("counts up to the cap and one more, then stops", async () => {
    expect(await countQueue(db, submitted)).toBe(SEARCH_COUNT_CAP + 1);
    expect(await countQueue(db, { states: ["submitted"], search: "absentdutexte" })).toBe(0);
    expect(await countQueue(db, { ...submitted, departement: "00" })).toBe(0);
  });

  it("keeps the other filters and ignores FTS syntax typed in the box", async () => {
    expect(await listQueue(db, { ...submitted, useCase: "autre" }, { limit: 5 })).toEqual([]);
    expect(await listQueue(db, { states: ["submitted"], search: '"(^*' }, { limit: 5 })).toHaveLength(5);
  });
});
