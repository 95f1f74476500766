/**
 * The one place a writer becomes a Web ReadableStream. Pull-based: the next chunk is produced only
 * when the consumer asks for it, so a slow download slows the row source (the database cursor)
 * instead of piling rows up in memory, and memory stays flat whatever the number of rows.
 */

export function pullStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    // A client that goes away must release the row source: return() runs the generators' finally
    // blocks down to the `for await` over the rows, which closes the database cursor.
    async cancel() {
      await iterator.return?.();
    },
  });
}

const encoder = new TextEncoder();

/** UTF-8 bytes of each text batch (TextEncoder always writes UTF-8, which all three formats use). */
export async function* utf8(batches: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  for await (const batch of batches) {
    if (batch.length > 0) yield encoder.encode(batch);
  }
}
