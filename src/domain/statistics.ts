/**
 * Decision statistics from the event log, as pure functions. Durations are measured from a
 * request's first submission; percentiles use the nearest-rank method (p50 of [1,2,3,4] is 2),
 * so every figure is one real request's delay, never an interpolation.
 */

/**
 * A closure by Cadre's cron (no answer to the tariff act request) is a reject transition, but
 * nobody decided it: the stores read it as this type, so it counts apart, never as an
 * instructor's refusal, in a decision delay or in the acceptance rate.
 */
export const CLOSED_WITHOUT_ANSWER = "closed_without_answer";

export interface StatEvent {
  readonly requestId: number;
  readonly type: string;
  readonly createdAt: number;
}

export interface Period {
  readonly from: number;
  readonly to: number;
}

export interface DecisionStatistics {
  readonly submitted: number;
  readonly decided: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly tariffActRequested: number;
  /** Requests closed by Cadre after the tariff act never came (not counted in `rejected`). */
  readonly closedWithoutAnswer: number;
  /** Days from first submission to the first instructor decision of any kind. */
  readonly firstResponseDays: { readonly p50: number | null; readonly p80: number | null };
  /** Days from first submission to acceptance or rejection. */
  readonly decisionDays: { readonly p50: number | null; readonly p80: number | null };
  readonly acceptanceRate: number | null;
}

const DAY = 86_400_000;
const INSTRUCTOR_DECISIONS = new Set(["accept", "reject", "request_tariff_act"]);

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function computeStatistics(events: readonly StatEvent[], period: Period): DecisionStatistics {
  const inPeriod = (at: number) => at >= period.from && at < period.to;
  const firstSubmit = new Map<number, number>();
  const firstResponse = new Map<number, number>();
  const ordered = [...events].sort((a, b) => a.createdAt - b.createdAt);
  const counts = { submitted: 0, accepted: 0, rejected: 0, tariffActRequested: 0, closedWithoutAnswer: 0 };
  const decisionDays: number[] = [];

  for (const event of ordered) {
    if (event.type === "submit" && !firstSubmit.has(event.requestId)) {
      firstSubmit.set(event.requestId, event.createdAt);
      if (inPeriod(event.createdAt)) counts.submitted++;
    }
    if (INSTRUCTOR_DECISIONS.has(event.type) && !firstResponse.has(event.requestId)) {
      firstResponse.set(event.requestId, event.createdAt);
    }
    if (!inPeriod(event.createdAt)) continue;
    if (event.type === "accept") counts.accepted++;
    if (event.type === "reject") counts.rejected++;
    if (event.type === "request_tariff_act") counts.tariffActRequested++;
    if (event.type === CLOSED_WITHOUT_ANSWER) counts.closedWithoutAnswer++;
    const submittedAt = firstSubmit.get(event.requestId);
    if ((event.type === "accept" || event.type === "reject") && submittedAt !== undefined) {
      decisionDays.push((event.createdAt - submittedAt) / DAY);
    }
  }

  const responseDays = [...firstResponse]
    .filter(([, at]) => inPeriod(at))
    .flatMap(([requestId, at]) => {
      const submittedAt = firstSubmit.get(requestId);
      return submittedAt === undefined ? [] : [(at - submittedAt) / DAY];
    });
  const sortedResponse = responseDays.sort((a, b) => a - b);
  const sortedDecision = decisionDays.sort((a, b) => a - b);
  const decided = counts.accepted + counts.rejected;
  return {
    ...counts,
    decided,
    firstResponseDays: { p50: percentile(sortedResponse, 50), p80: percentile(sortedResponse, 80) },
    decisionDays: { p50: percentile(sortedDecision, 50), p80: percentile(sortedDecision, 80) },
    acceptanceRate: decided === 0 ? null : counts.accepted / decided,
  };
}
