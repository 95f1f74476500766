/**
 * The requests' export for admins: how many rows are coming (one indexed count, ~0.1 s at a
 * million, so that the page can show progress) and the rows themselves, as a stream.
 */

import type { Row } from "../exports/columns";
import { mapRows, requestRow } from "../exports/catalogue";
import { authorize } from "../domain/policies";
import { countRequestRows, requestRows, type ExportPeriod, type RequestRowSource } from "../storage/export-store";
import type { ServiceContext } from "./context";

export type { RequestRowSource };

export const EXPORT_REFUSAL = "Seul un administrateur exporte les données.";

export async function exportRequests(
  ctx: ServiceContext,
  input: { period: ExportPeriod; source?: RequestRowSource },
): Promise<{ total: number; rows: AsyncIterable<Row> }> {
  authorize(ctx.actor, "export_data", EXPORT_REFUSAL);
  const total = await countRequestRows(ctx.db, input.period);
  const source = input.source ? input.source(input.period) : requestRows(ctx.db, input.period);
  return { total, rows: mapRows(source, requestRow) };
}
