/** The load test's pure parts: the capacity search, the percentiles and the mix, checked without any timing. */

import { describe, expect, it } from "vitest";
import { findCapacity } from "../../bench/load/capacity";
import { mixOf } from "../../bench/load/mix";
import { percentile } from "../../bench/load/stats";

const options = { startRate: 50, maxRate: 1600, maxSteps: 10, precision: 0.1 };

describe("findCapacity", () => {
  it.each([
    { limit: 300, capacity: 290, note: "doubles to 400, then bisects between 200 and 400" },
    { limit: 30, capacity: 29, note: "the starting rate fails: bisects down from it" },
    { limit: 5_000, capacity: 1600, note: "stops at the maximum rate" },
    { limit: 0, capacity: 0, note: "nothing passes" },
  ])("$note", async ({ limit, capacity }) => {
    const tried: number[] = [];
    const found = await findCapacity(async (rate) => {
      tried.push(rate);
      return rate <= limit;
    }, options);
    expect(found.capacity).toBeLessThanOrEqual(limit);
    expect(found.capacity).toBeGreaterThanOrEqual(Math.min(capacity, limit) * 0.9);
    expect(found.steps.length).toBeLessThanOrEqual(options.maxSteps);
    expect(found.steps.map((step) => step.rate)).toEqual(tried);
    expect(new Set(tried).size).toBe(tried.length);
  });

  it("never runs more steps than allowed", async () => {
    const found = await findCapacity(async (rate) => rate <= 333, { ...options, maxSteps: 3 });
    expect(found.steps).toEqual([
      { rate: 50, passed: true },
      { rate: 100, passed: true },
      { rate: 200, passed: true },
    ]);
    expect(found.capacity).toBe(200);
  });
});

describe("percentile", () => {
  it.each([
    { values: [], p: 99, expected: 0 },
    { values: [7], p: 50, expected: 7 },
    { values: [1, 2, 3, 4], p: 50, expected: 2 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 99, expected: 99 },
    { values: Array.from({ length: 100 }, (_, i) => i + 1), p: 100, expected: 100 },
  ])("p$p of $values.length values", ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe("the instructors' mix", () => {
  const world = {
    file: "",
    instructorCookies: ["a", "b"],
    applicantPages: [{ path: "/demandes/7", cookie: "c" }],
    submitted: Array.from({ length: 100 }, (_, index) => ({ id: 1000 + index, version: 2 })),
    reviewIds: [5, 6],
    deepCursors: ["1.2"],
    eventsBefore: 0,
  };
  const ledger = { sent: new Map<number, number>(), answered: new Map<number, number>() };
  const shot = mixOf(world, "http://127.0.0.1:1", ledger);
  const shots = Array.from({ length: 200 }, (_, index) => shot(index));
  const share = (pick: (kind: string) => boolean) => shots.filter((one) => pick(one.kind)).length / shots.length;

  it("sends 55 % queue pages, 25 % review pages, 10 % decisions, 10 % applicants' pages", () => {
    expect(share((kind) => kind.startsWith("queue-"))).toBe(0.55);
    expect(share((kind) => kind === "review")).toBe(0.25);
    expect(share((kind) => kind === "decision")).toBe(0.1);
    expect(share((kind) => kind === "applicant")).toBe(0.1);
  });

  it("decides each submitted request once, with its version, and records the answer", () => {
    const decisions = shots.filter((one) => one.kind === "decision");
    const paths = decisions.map((one) => one.path);
    expect(new Set(paths).size).toBe(decisions.length);
    expect(decisions.every((one) => one.method === "POST" && one.expect === 204 && /version=2&/.test(one.body!))).toBe(
      true,
    );
    expect(ledger.sent.size).toBe(decisions.length);
    decisions[0]!.onAnswer!(204);
    expect([...ledger.answered.values()]).toEqual([204]);
  });
});
