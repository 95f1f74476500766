/**
 * A small ZIP reader for DOCX and ODT: the central directory, then only the entries asked for,
 * each inflated under a shared budget so that a zip bomb ends as "too large", not out of memory.
 */

import { ExtractionFailure, messages, type ArchiveKind } from "./extraction-failure";
import { InflateLimitExceeded, inflatedSizeRaw, inflateRawBounded } from "./inflate-bounded";

/** What may come out of one archive in total: far above any délibération's XML. */
const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export class ZipArchive {
  private remaining = MAX_UNZIPPED_BYTES;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly kind: ArchiveKind,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static open(bytes: Uint8Array, kind: ArchiveKind): ZipArchive {
    return new ZipArchive(bytes, kind, readDirectory(bytes));
  }

  /** The entry's bytes, or null when the archive has no such entry. */
  read(name: string): Uint8Array | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.encrypted) throw new ExtractionFailure(messages.archivePassword(this.kind));
    // A declared size past the budget is refused before any work; a lying one is caught below.
    if (entry.size > this.remaining) throw new ExtractionFailure(messages.archiveTooLarge(this.kind));
    const data = this.compressedData(entry);
    let out: Uint8Array;
    if (entry.method === 0) out = data;
    else if (entry.method === 8) out = this.inflate(data);
    else throw new ExtractionFailure(messages.damaged);
    if (out.length !== entry.size) throw new ExtractionFailure(messages.damaged);
    this.remaining -= out.length;
    return out;
  }

  /**
   * Every entry inflated and counted, none kept, under the archive's budget: a bomb ends as "too
   * large" and an entry whose real size differs from the declared one as "damaged", whatever
   * entry it hides in. What an upload runs before anything is stored.
   */
  checkEntries(): void {
    for (const entry of this.entries.values()) {
      if (entry.encrypted) throw new ExtractionFailure(messages.archivePassword(this.kind));
      if (entry.size > this.remaining) throw new ExtractionFailure(messages.archiveTooLarge(this.kind));
      const data = this.compressedData(entry);
      let size: number;
      if (entry.method === 0) size = data.length;
      else if (entry.method === 8) size = this.measure(data);
      else throw new ExtractionFailure(messages.damaged);
      if (size !== entry.size) throw new ExtractionFailure(messages.damaged);
      this.remaining -= size;
    }
  }

  readText(name: string): string | null {
    const data = this.read(name);
    return data && new TextDecoder("utf-8").decode(data);
  }

  private inflate(data: Uint8Array): Uint8Array {
    try {
      return inflateRawBounded(data, this.remaining);
    } catch (error) {
      if (error instanceof InflateLimitExceeded) throw new ExtractionFailure(messages.archiveTooLarge(this.kind));
      throw new ExtractionFailure(messages.damaged);
    }
  }

  private measure(data: Uint8Array): number {
    try {
      return inflatedSizeRaw(data, this.remaining);
    } catch (error) {
      if (error instanceof InflateLimitExceeded) throw new ExtractionFailure(messages.archiveTooLarge(this.kind));
      throw new ExtractionFailure(messages.damaged);
    }
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const view = viewOf(this.bytes);
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== 0x04034b50)
      throw new ExtractionFailure(messages.damaged);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ExtractionFailure(messages.damaged);
    return this.bytes.subarray(start, end);
  }
}

// The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KiB).
function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = viewOf(bytes);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ExtractionFailure(messages.damaged);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  // ZIP64 (markers 0xFFFF…) is for archives past 4 GiB or 65,535 entries: never a real délibération.
  if (count > MAX_ENTRIES || directoryOffset + directorySize > eocd) throw new ExtractionFailure(messages.damaged);

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder("utf-8");
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== 0x02014b50) throw new ExtractionFailure(messages.damaged);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) throw new ExtractionFailure(messages.damaged);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, {
      name,
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
