/**
 * The admins' dashboard over a period, filtered by use case, data or instructor: the events,
 * the rules' outcomes and the instructors' names, computed by the domain's dashboard.
 */

import { authorize } from "../domain/policies";
import { computeDashboard } from "../domain/statistics-dashboard";
import { RULES } from "../rules/index";
import { listDashboardEvents, listRuleOutcomes } from "../storage/dashboard-store";
import { listUsersByRole, listUsersWithOrganisation, type UserRow } from "../storage/people-store";
import type { ServiceContext } from "./context";

export interface DashboardQuery {
  readonly period: { readonly from: number; readonly to: number };
  readonly useCase?: string;
  readonly scope?: string;
  readonly instructorId?: number;
}

export async function getDashboard(
  ctx: ServiceContext,
  query: DashboardQuery,
): Promise<{ dashboard: ReturnType<typeof computeDashboard>; instructors: UserRow[] }> {
  authorize(ctx.actor, "view_dashboard", "Seul un administrateur consulte le tableau de bord.");
  const filters = { useCase: query.useCase, scope: query.scope, instructorId: query.instructorId };
  const [events, outcomes, instructors, everyone] = await Promise.all([
    listDashboardEvents(ctx.db, filters),
    listRuleOutcomes(ctx.db, filters, query.period),
    listUsersByRole(ctx.db, "instructor"),
    listUsersWithOrganisation(ctx.db),
  ]);
  const dashboard = computeDashboard({
    events,
    period: query.period,
    actorNames: new Map(everyone.map((user) => [user.id, user.name])),
    ruleOutcomes: outcomes,
    ruleTitles: new Map(RULES.map((rule) => [rule.id, rule.title])),
  });
  return { dashboard, instructors };
}
