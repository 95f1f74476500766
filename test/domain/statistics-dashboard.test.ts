/** The dashboard's figures on small hand-worked histories, including DST weeks and reopened requests. */

import { describe, expect, it } from "vitest";
import {
  bucketStatistics,
  chooseGranularity,
  computeDashboard,
  failingRules,
  instructorThroughput,
  roundTrips,
  type DashboardEvent,
} from "../../src/domain/statistics-dashboard";
import { CLOSED_WITHOUT_ANSWER } from "../../src/domain/statistics";

const at = (iso: string) => Date.parse(iso);
const ev = (requestId: number, type: string, iso: string, actorId: number | null = null): DashboardEvent => ({
  requestId,
  type,
  createdAt: at(iso),
  actorId,
});
const HOUR = 3_600_000;

// 10, 11 and 12 March 2025 (Paris winter time, +01:00). Worked by hand:
//   day    submitted accepted rejected tariff  waiting at midnight
//   10 Mar R2 R3     R3       -        R2      R1
//   11 Mar -         R1       -        -       R2 (provided the act) R3 (reopened)
//   12 Mar R4        -        R2       -       R3 R4
const MARCH = { from: at("2025-03-10T00:00+01:00"), to: at("2025-03-13T00:00+01:00") };
const HISTORY: DashboardEvent[] = [
  ev(6, "submit", "2025-03-01T10:00+01:00"),
  ev(6, "request_tariff_act", "2025-03-02T10:00+01:00", 2), // before the period: neither counted nor waiting
  ev(1, "created", "2025-03-04T10:00+01:00"),
  ev(1, "submit", "2025-03-05T10:00+01:00"), // submitted before the period, decided inside it
  ev(2, "submit", "2025-03-10T09:00+01:00"),
  ev(3, "submit", "2025-03-10T11:00+01:00"),
  ev(2, "request_tariff_act", "2025-03-10T15:00+01:00", 2),
  ev(3, "accept", "2025-03-10T16:00+01:00", 1),
  ev(3, "reopen", "2025-03-11T08:00+01:00", 9), // back in the backlog; a reopening is not a decision
  ev(1, "accept", "2025-03-11T09:00+01:00", 1),
  ev(2, "provide_tariff_act", "2025-03-11T10:00+01:00"),
  ev(5, "created", "2025-03-11T12:00+01:00"),
  ev(3, "message", "2025-03-11T13:00+01:00", 1),
  ev(2, "reject", "2025-03-12T11:00+01:00", 2),
  ev(4, "submit", "2025-03-12T17:00+01:00"),
  ev(7, "submit", "2025-03-13T08:00+01:00"), // after the period
];

describe("bucketStatistics", () => {
  it("counts volumes and the backlog at each Paris midnight", () => {
    // Shuffled on purpose: the replay must not depend on the order the store returns.
    const buckets = bucketStatistics([...HISTORY].reverse(), MARCH);
    expect(buckets.map(({ start, end, ...counts }) => counts)).toEqual([
      { submitted: 2, accepted: 1, rejected: 0, tariffActRequested: 1, backlog: 1 },
      { submitted: 0, accepted: 1, rejected: 0, tariffActRequested: 0, backlog: 2 },
      { submitted: 1, accepted: 0, rejected: 1, tariffActRequested: 0, backlog: 2 },
    ]);
    expect(buckets[0]!.start).toBe(MARCH.from);
    expect(buckets[2]!.end).toBe(MARCH.to);
  });

  it("carries the backlog through a period where nothing happens", () => {
    const quiet = { from: at("2025-03-06T00:00+01:00"), to: at("2025-03-08T00:00+01:00") };
    expect(bucketStatistics(HISTORY, quiet).map((b) => [b.submitted, b.backlog])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it("returns no bucket for an empty or inverted period", () => {
    expect(bucketStatistics(HISTORY, { from: MARCH.from, to: MARCH.from })).toEqual([]);
    expect(bucketStatistics(HISTORY, { from: MARCH.to, to: MARCH.from })).toEqual([]);
  });

  it("cuts days at Paris midnight across the spring DST change (30 March 2025 lasts 23 hours)", () => {
    const period = { from: at("2025-03-29T00:00+01:00"), to: at("2025-04-01T00:00+02:00") };
    const events = [
      ev(1, "submit", "2025-03-30T23:30+02:00"),
      ev(2, "submit", "2025-03-31T00:30+02:00"), // still 30 March in UTC and in winter time
    ];
    const buckets = bucketStatistics(events, period);
    expect(buckets.map((b) => (b.end - b.start) / HOUR)).toEqual([24, 23, 24]);
    expect(buckets.map((b) => [b.submitted, b.backlog])).toEqual([
      [0, 0],
      [1, 1],
      [1, 2],
    ]);
  });

  it("cuts Monday weeks across the autumn DST change (week of 20 October 2025 lasts 169 hours)", () => {
    const period = { from: at("2025-10-13T00:00+02:00"), to: at("2025-11-03T00:00+01:00") };
    const events = [
      ev(1, "submit", "2025-10-26T23:30+01:00"),
      ev(2, "submit", "2025-10-27T00:30+01:00"), // still Sunday in UTC
      ev(1, "accept", "2025-10-27T09:00+01:00", 1),
    ];
    const buckets = bucketStatistics(events, period, "week");
    expect(buckets.map((b) => (b.end - b.start) / HOUR)).toEqual([168, 169, 168]);
    expect(buckets.map(({ start, end, ...counts }) => counts)).toEqual([
      { submitted: 0, accepted: 0, rejected: 0, tariffActRequested: 0, backlog: 0 },
      { submitted: 1, accepted: 0, rejected: 0, tariffActRequested: 0, backlog: 1 },
      { submitted: 1, accepted: 1, rejected: 0, tariffActRequested: 0, backlog: 1 },
    ]);
  });

  it("starts the first week on the Monday before `from` but counts only from `from`", () => {
    // Wednesday 15 January to Tuesday 15 April 2025: 90 days, so weekly.
    const period = { from: at("2025-01-15T00:00+01:00"), to: at("2025-04-15T00:00+02:00") };
    const events = [ev(1, "submit", "2025-01-14T10:00+01:00"), ev(2, "submit", "2025-01-16T10:00+01:00")];
    const buckets = bucketStatistics(events, period);
    expect(buckets).toHaveLength(14);
    expect(buckets[0]!.start).toBe(at("2025-01-13T00:00+01:00"));
    expect(buckets[13]!.start).toBe(at("2025-04-14T00:00+02:00"));
    expect(buckets[0]).toMatchObject({ submitted: 1, backlog: 2 });
  });
});

describe("chooseGranularity", () => {
  it.each([
    ["an empty period", "2025-03-10T00:00+01:00", "2025-03-10T00:00+01:00", "day"],
    ["exactly 60 days", "2025-01-01T00:00+01:00", "2025-03-02T00:00+01:00", "day"],
    ["61 days", "2025-01-01T00:00+01:00", "2025-03-03T00:00+01:00", "week"],
    ["60 days losing an hour in March", "2025-03-01T00:00+01:00", "2025-04-30T00:00+02:00", "day"],
    ["60 days gaining an hour in October", "2025-10-01T00:00+02:00", "2025-11-30T00:00+01:00", "day"],
  ])("%s → %s", (_, from, to, expected) => {
    expect(chooseGranularity({ from: at(from), to: at(to) })).toBe(expected);
  });
});

describe("roundTrips", () => {
  it("counts each decided request once, with or without a tariff act request before", () => {
    expect(roundTrips(HISTORY, MARCH)).toEqual({ decided: 3, withTariffActRequest: 1, ratio: 1 / 3 });
  });

  it("looks at tariff act requests made before the period", () => {
    const events = [
      ev(1, "submit", "2025-02-01T10:00+01:00"),
      ev(1, "request_tariff_act", "2025-02-02T10:00+01:00", 2),
      ev(1, "reject", "2025-03-11T10:00+01:00", 2),
      ev(2, "submit", "2025-03-10T10:00+01:00"),
      ev(2, "accept", "2025-03-10T12:00+01:00", 1),
      ev(2, "request_tariff_act", "2025-03-14T10:00+01:00", 1), // after its decision and the period
    ];
    expect(roundTrips(events, MARCH)).toEqual({ decided: 2, withTariffActRequest: 1, ratio: 0.5 });
  });

  it("has no ratio when nothing was decided", () => {
    expect(roundTrips(HISTORY, { from: MARCH.from, to: MARCH.from })).toEqual({
      decided: 0,
      withTariffActRequest: 0,
      ratio: null,
    });
  });
});

describe("instructorThroughput", () => {
  it("counts decisions per instructor in the period, ties broken by name", () => {
    const names = new Map([
      [1, "Zoé Martin"],
      [2, "Ahmed Benali"],
    ]);
    expect(instructorThroughput(HISTORY, MARCH, names)).toEqual([
      { actorId: 2, name: "Ahmed Benali", accepted: 0, rejected: 1, tariffActRequested: 1, total: 2 },
      { actorId: 1, name: "Zoé Martin", accepted: 2, rejected: 0, tariffActRequested: 0, total: 2 },
    ]);
  });

  it("sorts names the French way and names unknown accounts", () => {
    const events = [
      ev(1, "accept", "2025-03-10T10:00+01:00", 1),
      ev(2, "accept", "2025-03-10T10:00+01:00", 2),
      ev(3, "accept", "2025-03-10T10:00+01:00", 3),
      ev(4, "reject", "2025-03-10T11:00+01:00", 4),
      ev(4, "reject", "2025-03-10T12:00+01:00", 4),
      ev(5, "reject", "2025-03-10T12:00+01:00", null),
    ];
    const names = new Map([
      [1, "Fanny"],
      [2, "Élodie"],
      [3, "Bruno"],
    ]);
    expect(instructorThroughput(events, MARCH, names).map((row) => [row.name, row.total])).toEqual([
      ["Compte n° 4", 2],
      ["Bruno", 1],
      ["Élodie", 1],
      ["Fanny", 1],
    ]);
  });
});

describe("failingRules", () => {
  const titles = new Map([
    ["minimisation", "Minimisation des données"],
    ["generic", "Délibération générique"],
    ["l114-8-alone", "L114-8 seul"],
    ["fixes", "Conditions tarifaires"],
  ]);

  it("counts distinct failing requests per rule, then sorts by title", () => {
    const outcomes = [
      { requestId: 1, ruleId: "l114-8-alone", status: "fail" },
      { requestId: 1, ruleId: "readability", status: "pass" },
      { requestId: 1, ruleId: "minimisation", status: "fail" },
      { requestId: 1, ruleId: "minimisation", status: "fail" },
      { requestId: 2, ruleId: "minimisation", status: "fail" },
      { requestId: 2, ruleId: "generic", status: "fail" },
      { requestId: 2, ruleId: "l114-8-alone", status: "warning" },
      { requestId: 3, ruleId: "generic", status: "fail" },
      { requestId: 3, ruleId: "fixes", status: "fail" },
      { requestId: 3, ruleId: "unknown-rule", status: "fail" },
    ];
    expect(failingRules(outcomes, titles)).toEqual([
      { ruleId: "generic", title: "Délibération générique", requests: 2, toCheck: 0 },
      { ruleId: "minimisation", title: "Minimisation des données", requests: 2, toCheck: 0 },
      // failing on request 1, only "à vérifier" on request 2
      { ruleId: "l114-8-alone", title: "L114-8 seul", requests: 1, toCheck: 1 },
      { ruleId: "fixes", title: "Conditions tarifaires", requests: 1, toCheck: 0 },
      { ruleId: "unknown-rule", title: "unknown-rule", requests: 1, toCheck: 0 },
    ]);
  });

  it("counts a request à vérifier only where the rule did not fail on it", () => {
    const outcomes = [
      { requestId: 1, ruleId: "scope", status: "warning" },
      { requestId: 1, ruleId: "scope", status: "fail" },
      { requestId: 2, ruleId: "scope", status: "warning" },
      { requestId: 3, ruleId: "fixes", status: "warning" },
    ];
    expect(failingRules(outcomes, titles)).toEqual([
      { ruleId: "scope", title: "scope", requests: 1, toCheck: 1 },
      { ruleId: "fixes", title: "Conditions tarifaires", requests: 0, toCheck: 1 },
    ]);
  });

  it("keeps the top 10", () => {
    const outcomes = Array.from({ length: 12 }, (_, i) => ({ requestId: 1, ruleId: `r${12 - i}`, status: "fail" }));
    const many = new Map(outcomes.map((o) => [o.ruleId, `Règle ${o.ruleId.slice(1).padStart(2, "0")}`]));
    const top = failingRules(outcomes, many);
    expect(top).toHaveLength(10);
    expect(top[0]!.title).toBe("Règle 01");
    expect(top[9]!.title).toBe("Règle 10");
  });

  it("is empty when nothing fails", () => {
    expect(failingRules([{ requestId: 1, ruleId: "fixes", status: "pass" }], titles)).toEqual([]);
    expect(failingRules([{ requestId: 1, ruleId: "fixes", status: "info" }], titles)).toEqual([]);
  });
});

describe("computeDashboard", () => {
  it("agrees with computeStatistics on the period's totals", () => {
    const dashboard = computeDashboard({
      events: HISTORY,
      period: MARCH,
      actorNames: new Map(),
      ruleOutcomes: [],
      ruleTitles: new Map(),
    });
    const sum = (key: "submitted" | "accepted" | "rejected" | "tariffActRequested") =>
      dashboard.buckets.reduce((total, bucket) => total + bucket[key], 0);
    expect(dashboard.granularity).toBe("day");
    expect(dashboard.summary).toMatchObject({ submitted: 3, accepted: 2, rejected: 1, tariffActRequested: 1 });
    expect([sum("submitted"), sum("accepted"), sum("rejected"), sum("tariffActRequested")]).toEqual([3, 2, 1, 1]);
    expect(dashboard.instructors.map((row) => row.name)).toEqual(["Compte n° 1", "Compte n° 2"]);
  });

  it("counts a closure without answer apart: not a refusal, not an instructor's decision", () => {
    const events = [
      ev(1, "submit", "2025-03-01T10:00+01:00"),
      ev(1, "request_tariff_act", "2025-03-02T10:00+01:00", 2),
      ev(1, CLOSED_WITHOUT_ANSWER, "2025-03-11T10:00+01:00", 99),
      ev(2, "submit", "2025-03-01T10:00+01:00"),
      ev(2, "reject", "2025-03-12T10:00+01:00", 2),
    ];
    const dashboard = computeDashboard({
      events,
      period: MARCH,
      actorNames: new Map(),
      ruleOutcomes: [],
      ruleTitles: new Map(),
    });
    expect(dashboard.summary).toMatchObject({ rejected: 1, decided: 1, closedWithoutAnswer: 1, acceptanceRate: 0 });
    expect(dashboard.summary.decisionDays.p50).toBe(11);
    expect(dashboard.buckets.reduce((total, bucket) => total + bucket.rejected, 0)).toBe(1);
    expect(dashboard.roundTrips).toMatchObject({ decided: 1, withTariffActRequest: 0 });
    expect(dashboard.instructors).toMatchObject([{ actorId: 2, rejected: 1, total: 1 }]);
  });

  it("is all zeros and empty lists on an empty period", () => {
    const dashboard = computeDashboard({
      events: [],
      period: { from: MARCH.from, to: MARCH.from },
      actorNames: new Map(),
      ruleOutcomes: [],
      ruleTitles: new Map(),
    });
    expect(dashboard).toMatchObject({
      granularity: "day",
      buckets: [],
      roundTrips: { decided: 0, withTariffActRequest: 0, ratio: null },
      instructors: [],
      failingRules: [],
    });
    expect(dashboard.summary).toMatchObject({ submitted: 0, decided: 0, acceptanceRate: null });
  });
});
