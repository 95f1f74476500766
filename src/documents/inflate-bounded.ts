/**
 * DEFLATE decompression that stops as soon as the output passes a limit: a zip bomb's declared
 * sizes can lie, so only counting what actually comes out protects memory and CPU.
 */

import { Inflate } from "fflate";

export class InflateLimitExceeded extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${limit} bytes`);
    this.name = "InflateLimitExceeded";
  }
}

// Deflate expands at most ~1032:1, so 16 KiB in yields at most ~16 MiB before the next count.
const INPUT_STEP = 16 * 1024;

/** Raw DEFLATE (zip entries); throws InflateLimitExceeded past `limit`, fflate's errors on bad data. */
export function inflateRawBounded(data: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitExceeded(limit);
    chunks.push(chunk);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let start = 0; start < data.length; start += INPUT_STEP) {
    inflater.push(data.subarray(start, start + INPUT_STEP), start + INPUT_STEP >= data.length);
  }
  return concat(chunks, total);
}

/**
 * How many bytes raw DEFLATE data inflates to, counted as it streams out and never kept: the
 * upload's check of a whole archive holds one 64 KiB chunk at a time, whatever the entry's size.
 */
export function inflatedSizeRaw(data: Uint8Array, limit: number): number {
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitExceeded(limit);
  });
  if (data.length === 0) inflater.push(data, true);
  for (let start = 0; start < data.length; start += INPUT_STEP) {
    inflater.push(data.subarray(start, start + INPUT_STEP), start + INPUT_STEP >= data.length);
  }
  return total;
}

/** PDF's FlateDecode is zlib-wrapped (2-byte header); some writers emit raw DEFLATE anyway. */
export function inflateZlibBounded(data: Uint8Array, limit: number): Uint8Array {
  return inflateRawBounded(withoutZlibHeader(data), limit);
}

/** inflatedSizeRaw for FlateDecode data (zlib-wrapped or not). */
export function inflatedSizeZlib(data: Uint8Array, limit: number): number {
  return inflatedSizeRaw(withoutZlibHeader(data), limit);
}

function withoutZlibHeader(data: Uint8Array): Uint8Array {
  const [cmf = 0, flg = 0] = data;
  const zlibHeader = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
  return zlibHeader ? data.subarray(2) : data;
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
