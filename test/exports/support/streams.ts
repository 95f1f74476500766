/** Feeding rows to a writer and reading its stream back, for the export tests. */

import type { Row } from "../../../src/exports/columns";

export async function* rowsOf(rows: readonly Row[]): AsyncGenerator<Row> {
  for (const row of rows) yield row;
}

export async function collect(stream: ReadableStream<Uint8Array>): Promise<{ bytes: Uint8Array; chunks: number[] }> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, chunks: parts.map((p) => p.length) };
}

export async function collectText(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM: keep the BOM so that the tests can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }).decode((await collect(stream)).bytes);
}
