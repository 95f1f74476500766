/**
 * The public statistics page's charts: the same volumes and backlog as the admins' dashboard,
 * week by week over the public figures' six months, for every request (no filter, no names).
 */

import type { Granularity } from "../domain/paris-calendar";
import { bucketStatistics, chooseGranularity, type BucketStatistics } from "../domain/statistics-dashboard";
import type { Database } from "../storage/database";
import { listDashboardEvents } from "../storage/dashboard-store";

export interface PublicCharts {
  readonly granularity: Granularity;
  readonly buckets: readonly BucketStatistics[];
}

export async function getPublicCharts(db: Database, period: { from: number; to: number }): Promise<PublicCharts> {
  const granularity = chooseGranularity(period);
  // The whole history: the backlog at the start of the period depends on what came before.
  return { granularity, buckets: bucketStatistics(await listDashboardEvents(db, {}), period, granularity) };
}
