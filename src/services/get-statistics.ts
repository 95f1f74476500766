/** The API's decision statistics over a period, for any signed-in actor (the figures are public). */

import { computeStatistics, type DecisionStatistics } from "../domain/statistics";
import { listStatisticEvents } from "../storage/history-store";
import type { ServiceContext } from "./context";

export async function getStatistics(
  ctx: ServiceContext,
  period: { from: number; to: number },
): Promise<DecisionStatistics> {
  return computeStatistics(await listStatisticEvents(ctx.db), period);
}
