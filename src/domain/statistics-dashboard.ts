/** The admin statistics dashboard as pure functions: volumes and backlog per bucket, round trips, rankings. */

// Filters (use case, scope, instructor) are applied by the caller before these functions see the
// events: they only count what they are given. Give them the WHOLE history of the selected
// requests, not only the period: the backlog and the round trips depend on what came before.

import { calendarBuckets, type Granularity } from "./paris-calendar";
import { computeStatistics, type DecisionStatistics, type Period, type StatEvent } from "./statistics";

export interface DashboardEvent extends StatEvent {
  /** Who did it; null for the system or a deleted account. */
  readonly actorId?: number | null;
}

/** One rule's result on one request (the caller passes the latest annotation of each request). */
export interface RuleOutcome {
  readonly requestId: number;
  readonly ruleId: string;
  readonly status: string;
}

export interface BucketStatistics {
  /** Calendar boundaries (Paris midnights); counts only cover the part inside the period. */
  readonly start: number;
  readonly end: number;
  readonly submitted: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly tariffActRequested: number;
  /** Requests waiting for an instructor at the end of the bucket (or at the end of the period). */
  readonly backlog: number;
}

export interface RoundTrips {
  /** Requests accepted or rejected in the period, each counted once. */
  readonly decided: number;
  /** Of those, the ones that had a tariff act requested before their (last) decision. */
  readonly withTariffActRequest: number;
  readonly ratio: number | null;
}

export interface InstructorThroughput {
  readonly actorId: number;
  readonly name: string;
  readonly accepted: number;
  readonly rejected: number;
  readonly tariffActRequested: number;
  readonly total: number;
}

export interface FailingRule {
  readonly ruleId: string;
  readonly title: string;
  /** Distinct requests where the rule failed (several findings on one request count once). */
  readonly requests: number;
  /** Distinct requests where the rule only asked for a check ("à vérifier"), without failing. */
  readonly toCheck: number;
}

export interface DashboardInput {
  readonly events: readonly DashboardEvent[];
  readonly period: Period;
  /** Forced bucket size; by default chosen from the period's length. */
  readonly granularity?: Granularity;
  readonly actorNames: ReadonlyMap<number, string>;
  readonly ruleOutcomes: readonly RuleOutcome[];
  readonly ruleTitles: ReadonlyMap<string, string>;
}

export interface Dashboard {
  readonly granularity: Granularity;
  readonly summary: DecisionStatistics;
  readonly buckets: readonly BucketStatistics[];
  readonly roundTrips: RoundTrips;
  readonly instructors: readonly InstructorThroughput[];
  readonly failingRules: readonly FailingRule[];
}

const DAY = 86_400_000;
const WAITING_AFTER = new Set(["submit", "provide_tariff_act", "reopen"]);
// Any instructor decision takes the request out of the queue, until the applicant or an admin puts it back.
const DECISIONS = new Set(["accept", "reject", "request_tariff_act"]);
const byName = (a: string, b: string) => a.localeCompare(b, "fr");

// Array.prototype.sort is stable: events at the same millisecond keep the order the caller gave.
const chronological = <T extends StatEvent>(events: readonly T[]): T[] =>
  [...events].sort((a, b) => a.createdAt - b.createdAt);

/** Weekly past 60 days, daily below; rounding absorbs the hour a DST change adds or removes. */
export function chooseGranularity(period: Period): Granularity {
  return Math.round((period.to - period.from) / DAY) > 60 ? "week" : "day";
}

/** Volumes and end-of-bucket backlog, replaying the whole history once. */
export function bucketStatistics(
  events: readonly StatEvent[],
  period: Period,
  granularity: Granularity = chooseGranularity(period),
): BucketStatistics[] {
  const ordered = chronological(events);
  const submittedOnce = new Set<number>();
  const waiting = new Set<number>();
  let next = 0;
  return calendarBuckets(period.from, period.to, granularity).map(({ start, end }) => {
    const from = Math.max(start, period.from);
    const to = Math.min(end, period.to);
    const counts = { submitted: 0, accepted: 0, rejected: 0, tariffActRequested: 0 };
    for (; next < ordered.length && ordered[next]!.createdAt < to; next++) {
      const { requestId, type, createdAt } = ordered[next]!;
      const counted = createdAt >= from;
      if (type === "submit" && !submittedOnce.has(requestId)) {
        submittedOnce.add(requestId);
        if (counted) counts.submitted++;
      }
      if (WAITING_AFTER.has(type)) waiting.add(requestId);
      if (DECISIONS.has(type)) waiting.delete(requestId);
      if (!counted) continue;
      if (type === "accept") counts.accepted++;
      if (type === "reject") counts.rejected++;
      if (type === "request_tariff_act") counts.tariffActRequested++;
    }
    return { start, end, ...counts, backlog: waiting.size };
  });
}

/** Among requests accepted or rejected in the period, the share that went through a tariff act request. */
export function roundTrips(events: readonly StatEvent[], period: Period): RoundTrips {
  const askedTariffAct = new Set<number>();
  const decided = new Map<number, boolean>();
  for (const { requestId, type, createdAt } of chronological(events)) {
    if (createdAt >= period.to) break;
    if (type === "request_tariff_act") askedTariffAct.add(requestId);
    if ((type === "accept" || type === "reject") && createdAt >= period.from) {
      decided.set(requestId, askedTariffAct.has(requestId));
    }
  }
  const withTariffActRequest = [...decided.values()].filter(Boolean).length;
  return {
    decided: decided.size,
    withTariffActRequest,
    ratio: decided.size === 0 ? null : withTariffActRequest / decided.size,
  };
}

/** Decisions per instructor in the period, busiest first, then by name. */
export function instructorThroughput(
  events: readonly DashboardEvent[],
  period: Period,
  names: ReadonlyMap<number, string>,
): InstructorThroughput[] {
  const rows = new Map<number, { accepted: number; rejected: number; tariffActRequested: number }>();
  for (const { type, createdAt, actorId } of events) {
    if (actorId == null || !DECISIONS.has(type)) continue;
    if (createdAt < period.from || createdAt >= period.to) continue;
    const row = rows.get(actorId) ?? { accepted: 0, rejected: 0, tariffActRequested: 0 };
    if (type === "accept") row.accepted++;
    if (type === "reject") row.rejected++;
    if (type === "request_tariff_act") row.tariffActRequested++;
    rows.set(actorId, row);
  }
  return [...rows]
    .map(([actorId, row]) => ({
      actorId,
      // An account deleted since still has its decisions counted, under a name that says so.
      name: names.get(actorId) ?? `Compte n° ${actorId}`,
      ...row,
      total: row.accepted + row.rejected + row.tariffActRequested,
    }))
    .sort((a, b) => b.total - a.total || byName(a.name, b.name) || a.actorId - b.actorId);
}

/**
 * The rules that fail on the most requests, then those that most often ask for a check, then
 * by title; `limit` first (10 by default). A request counts once per rule, as failing if any of
 * its findings fails, else as "à vérifier" if any is a warning.
 */
export function failingRules(
  outcomes: readonly RuleOutcome[],
  titles: ReadonlyMap<string, string>,
  limit = 10,
): FailingRule[] {
  const byRule = new Map<string, { failing: Set<number>; warned: Set<number> }>();
  for (const { requestId, ruleId, status } of outcomes) {
    if (status !== "fail" && status !== "warning") continue;
    const entry = byRule.get(ruleId) ?? { failing: new Set<number>(), warned: new Set<number>() };
    (status === "fail" ? entry.failing : entry.warned).add(requestId);
    byRule.set(ruleId, entry);
  }
  return [...byRule]
    .map(([ruleId, { failing, warned }]) => ({
      ruleId,
      title: titles.get(ruleId) ?? ruleId,
      requests: failing.size,
      toCheck: [...warned].filter((requestId) => !failing.has(requestId)).length,
    }))
    .sort(
      (a, b) =>
        b.requests - a.requests || b.toCheck - a.toCheck || byName(a.title, b.title) || byName(a.ruleId, b.ruleId),
    )
    .slice(0, limit);
}

export function computeDashboard(input: DashboardInput): Dashboard {
  const granularity = input.granularity ?? chooseGranularity(input.period);
  return {
    granularity,
    summary: computeStatistics(input.events, input.period),
    buckets: bucketStatistics(input.events, input.period, granularity),
    roundTrips: roundTrips(input.events, input.period),
    instructors: instructorThroughput(input.events, input.period, input.actorNames),
    failingRules: failingRules(input.ruleOutcomes, input.ruleTitles),
  };
}
