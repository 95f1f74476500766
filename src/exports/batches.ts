/**
 * Rows rendered as text and grouped into batches of about 64 KB: one chunk per row would cost a
 * stream round trip (and, in a zip, a deflate call) per row; one string for the whole file would
 * hold the export in memory.
 */

import { rowBatchesOf } from "../storage/row-batches";
import type { Row } from "./columns";

/** In UTF-16 code units, so about 64 KB of UTF-8 for mostly-ASCII data (up to 3× for accents). */
export const BATCH_CHARS = 64 * 1024;

export interface RowRenderer {
  /** Written before the first row (a BOM and the header line, an XML prologue and header row…). */
  readonly head: string;
  /** One row's text; `index` counts data rows from 0 (the header is not one). */
  render(row: Row, index: number): string;
  /** Written after the last row (closing XML tags). */
  readonly tail: string;
}

export async function* textBatches(rows: AsyncIterable<Row>, renderer: RowRenderer): AsyncGenerator<string> {
  let batch = renderer.head;
  let index = 0;
  // The same rows in the same order, taken a source batch at a time (storage/row-batches.ts).
  for await (const source of rowBatchesOf(rows)) {
    for (const row of source) {
      batch += renderer.render(row, index++);
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = "";
      }
    }
  }
  yield batch + renderer.tail;
}
