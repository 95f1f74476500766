/**
 * A zip archive streamed with fflate's synchronous streaming `Zip` (no worker threads, so it runs
 * in Workers too). Parts are written one after the other, each finished before the next begins,
 * so fflate never queues a whole part in memory.
 *
 * Limits of fflate's writer that matter here: every entry is followed by a data descriptor (sizes
 * are not known up front; zip-stored-first.ts works around it for ODF's mimetype), and there is no
 * Zip64, so one part must stay under 4 GiB uncompressed: exceeding it ends the stream with an
 * error instead of a silently corrupt file.
 */

import { Zip, ZipDeflate } from "fflate";
import { pullStream } from "./pull-stream";
import { storedEntry, withEntryFirst, type StoredEntry } from "./zip-stored-first";

export interface ZipPart {
  readonly path: string;
  /** Written whole, or streamed batch by batch. */
  readonly content: string | AsyncIterable<string>;
}

export interface ZipOptions {
  /** Written first, uncompressed, with no data descriptor: what ODF requires of `mimetype`. */
  readonly storedFirst?: { readonly path: string; readonly content: string };
}

const MAX_PART_BYTES = 0xffff_ffff;
const CHUNK_BYTES = 64 * 1024;
// Level 1: spreadsheet XML is so repetitive that level 1 already shrinks it about 7×; level 6
// (fflate's default) saves another 20–35 % of bytes for 30–45 % more CPU in
// bench/export-writers.ts, and CPU time is what a Worker is limited and billed on.
const LEVEL = 1;
const encoder = new TextEncoder();

export function zipStream(parts: readonly ZipPart[], options: ZipOptions = {}): ReadableStream<Uint8Array> {
  return pullStream(zipChunks(parts, options));
}

async function* zipChunks(parts: readonly ZipPart[], options: ZipOptions): AsyncGenerator<Uint8Array> {
  const output = new OutputBuffer();
  let first: StoredEntry | undefined;
  if (options.storedFirst) {
    first = storedEntry(options.storedFirst.path, encoder.encode(options.storedFirst.content), new Date());
    output.add(first.local);
  }
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else output.add(chunk);
  });
  const check = (): void => {
    if (failure) throw failure;
  };

  for (const part of parts) {
    const file = new ZipDeflate(part.path, { level: LEVEL });
    zip.add(file);
    if (typeof part.content === "string") {
      file.push(encoder.encode(part.content), true);
    } else {
      let size = 0;
      for await (const text of part.content) {
        const bytes = encoder.encode(text);
        size += bytes.length;
        if (size > MAX_PART_BYTES) throw new RangeError(`${part.path} dépasse 4 Gio : export trop volumineux.`);
        file.push(bytes);
        check();
        if (output.full) yield output.take();
      }
      file.push(new Uint8Array(0), true);
    }
    check();
    if (output.full) yield output.take();
  }
  // Everything fflate emits after end() is the central directory and its end record: set the
  // archive's body aside to tell them apart, then send both as the last chunk.
  const body = output.take();
  zip.end();
  check();
  const tail = output.take();
  output.add(body);
  output.add(first ? withEntryFirst(tail, first) : tail);
  yield output.take();
}

/** Compressed output regrouped into ~64 KB chunks: deflate emits many small pieces. */
class OutputBuffer {
  private chunks: Uint8Array[] = [];
  size = 0;

  add(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  get full(): boolean {
    return this.size >= CHUNK_BYTES;
  }

  take(): Uint8Array {
    const whole = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    this.chunks = [];
    this.size = 0;
    return whole;
  }
}
