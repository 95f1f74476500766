/**
 * Rows that can also be read a batch at a time. A row source is an async iterable of rows; a
 * million rows through three async generators (reader, mapping, writer) is three million
 * promise round trips, more than the CSV writing itself. A source that reads batches anyway
 * (the export's keyset batches) also offers them as arrays, and the layers that know how
 * (mapRows, the writers' textBatches) take them whole; the row by row iteration stays, with the
 * same rows in the same order, for everything else.
 */

const ROW_BATCHES = Symbol("rowBatches");

export interface BatchedRows<T> extends AsyncIterable<T> {
  [ROW_BATCHES](): AsyncIterable<readonly T[]>;
}

export function batchedRows<T>(batches: () => AsyncIterable<readonly T[]>): BatchedRows<T> {
  return {
    async *[Symbol.asyncIterator]() {
      for await (const batch of batches()) yield* batch;
    },
    [ROW_BATCHES]: batches,
  };
}

function isBatched<T>(rows: AsyncIterable<T>): rows is BatchedRows<T> {
  return ROW_BATCHES in rows;
}

/** The rows a batch at a time: the source's own batches, or batches of one row. */
export async function* rowBatchesOf<T>(rows: AsyncIterable<T>): AsyncGenerator<readonly T[]> {
  if (isBatched(rows)) {
    yield* rows[ROW_BATCHES]();
    return;
  }
  for await (const row of rows) yield [row];
}
