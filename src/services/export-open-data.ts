/** The open-data file of accepted requests: public, so it needs no actor, only the database. */

import type { Row } from "../exports/columns";
import { mapRows, openDataRow } from "../exports/catalogue";
import type { Database } from "../storage/database";
import { requestRows } from "../storage/export-store";

export function exportOpenData(db: Database): AsyncIterable<Row> {
  return mapRows(requestRows(db, { from: 0, to: Number.MAX_SAFE_INTEGER }, ["accepted"]), openDataRow);
}
