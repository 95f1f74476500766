/**
 * What the admin dashboard reads: each matching request's whole history (the backlog is
 * replayed from it) and its rule outcomes. Filters select requests, never single events, so
 * a request's story is never cut in half.
 */

import { sql, type SQL } from "drizzle-orm";
import type { DashboardEvent, RuleOutcome } from "../domain/statistics-dashboard";
import type { Database } from "./database";
import { statisticType } from "./history-store";

export interface DashboardFilters {
  readonly useCase?: string;
  readonly scope?: string;
  /** Requests on which this instructor took at least one decision. */
  readonly instructorId?: number;
}

function requestFilter(filters: DashboardFilters): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filters.useCase) parts.push(sql`r.use_case = ${filters.useCase}`);
  if (filters.scope)
    parts.push(sql`exists (select 1 from request_scopes s where s.request_id = r.id and s.scope = ${filters.scope})`);
  if (filters.instructorId !== undefined) {
    parts.push(
      sql`exists (select 1 from decisions d where d.request_id = r.id and d.author_id = ${filters.instructorId})`,
    );
  }
  return sql.join(parts, sql` and `);
}

export async function listDashboardEvents(db: Database, filters: DashboardFilters): Promise<DashboardEvent[]> {
  return (await db.all(sql`
    select e.request_id as requestId, ${statisticType(sql`e.type`, sql`e.payload`)} as type,
      e.created_at as createdAt, e.actor_id as actorId
    from events e join requests r on r.id = e.request_id
    where e.type in ('submit', 'accept', 'reject', 'request_tariff_act', 'provide_tariff_act', 'reopen')
      and ${requestFilter(filters)}
    order by e.created_at, e.id`)) as DashboardEvent[];
}

/** Rule outcomes of the requests submitted in the period (their latest reading). */
export async function listRuleOutcomes(
  db: Database,
  filters: DashboardFilters,
  period: { from: number; to: number },
): Promise<RuleOutcome[]> {
  return (await db.all(sql`
    select f.request_id as requestId, f.rule_id as ruleId, f.status
    from findings f join requests r on r.id = f.request_id
    where r.first_submitted_at >= ${period.from} and r.first_submitted_at < ${period.to} and ${requestFilter(filters)}`)) as RuleOutcome[];
}
