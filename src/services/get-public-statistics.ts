/** The public figures (also the delay estimate shown to applicants): the last six months of decisions. */

import { computeStatistics, type DecisionStatistics } from "../domain/statistics";
import type { Database } from "../storage/database";
import { listStatisticEvents } from "../storage/history-store";

const SIX_MONTHS = 183 * 86_400_000;

export interface PublicStatistics extends DecisionStatistics {
  readonly from: number;
  readonly to: number;
}

export async function getPublicStatistics(db: Database, now: number): Promise<PublicStatistics> {
  // Up to and including this instant.
  const period = { from: now - SIX_MONTHS, to: now + 1 };
  return { ...computeStatistics(await listStatisticEvents(db), period), ...period };
}
