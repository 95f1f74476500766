/** The decisions' export for admins: the row count first (for progress), then the rows as a stream. */

import type { Row } from "../exports/columns";
import { decisionRow, mapRows } from "../exports/catalogue";
import { authorize } from "../domain/policies";
import { countDecisionRows, decisionRows, type ExportPeriod } from "../storage/export-store";
import type { ServiceContext } from "./context";
import { EXPORT_REFUSAL } from "./export-requests";

export async function exportDecisions(
  ctx: ServiceContext,
  input: { period: ExportPeriod },
): Promise<{ total: number; rows: AsyncIterable<Row> }> {
  authorize(ctx.actor, "export_data", EXPORT_REFUSAL);
  const total = await countDecisionRows(ctx.db, input.period);
  return { total, rows: mapRows(decisionRows(ctx.db, input.period), decisionRow) };
}
