/**
 * A first zip entry written whole, stored, with its CRC and sizes in its local header, in front
 * of fflate's output. fflate's streaming Zip follows every entry with a data descriptor, and
 * streaming readers refuse that on a stored entry (Java's ZipInputStream: "only DEFLATED entries
 * can have EXT descriptor"), which is exactly what ODF's `mimetype` must be. The entry is
 * prepended, and fflate's central directory (all it emits after `end()`) shifted to match.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export interface StoredEntry {
  /** Local header and data: the archive's first bytes. */
  readonly local: Uint8Array;
  /** Its central directory record, for an entry at offset 0. */
  readonly central: Uint8Array;
}

export function storedEntry(path: string, data: Uint8Array, modified: Date): StoredEntry {
  const name = new TextEncoder().encode(path);
  const crc = crc32(data);
  const { time, date } = dosDateTime(modified);
  const local = new Uint8Array(30 + name.length + data.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, LOCAL, true);
  l.setUint16(4, 20, true); // version needed: 2.0, as fflate writes
  l.setUint16(10, time, true);
  l.setUint16(12, date, true);
  l.setUint32(14, crc, true);
  l.setUint32(18, data.length, true); // compressed size = size: stored
  l.setUint32(22, data.length, true);
  l.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);

  const central = new Uint8Array(46 + name.length);
  const c = new DataView(central.buffer);
  c.setUint32(0, CENTRAL, true);
  c.setUint16(4, 20, true);
  c.setUint16(6, 20, true);
  c.setUint16(12, time, true);
  c.setUint16(14, date, true);
  c.setUint32(16, crc, true);
  c.setUint32(20, data.length, true);
  c.setUint32(24, data.length, true);
  c.setUint16(28, name.length, true);
  central.set(name, 46); // local header offset (42) stays 0
  return { local, central };
}

/**
 * `tail` is a central directory and its end record written for an archive that started at byte 0;
 * the entry now in front of it moved everything by `entry.local.length`.
 */
export function withEntryFirst(tail: Uint8Array, entry: StoredEntry): Uint8Array {
  const shift = entry.local.length;
  const end = tail.length - 22; // fflate writes no archive comment
  const t = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (end < 0 || t.getUint32(end, true) !== END) throw new Error("zip: fin de répertoire central introuvable");
  for (let at = 0; at < end;) {
    if (t.getUint32(at, true) !== CENTRAL) throw new Error("zip: répertoire central inattendu");
    t.setUint32(at + 42, t.getUint32(at + 42, true) + shift, true);
    at += 46 + t.getUint16(at + 28, true) + t.getUint16(at + 30, true) + t.getUint16(at + 32, true);
  }
  t.setUint16(end + 8, t.getUint16(end + 8, true) + 1, true);
  t.setUint16(end + 10, t.getUint16(end + 10, true) + 1, true);
  t.setUint32(end + 12, t.getUint32(end + 12, true) + entry.central.length, true);
  t.setUint32(end + 16, t.getUint32(end + 16, true) + shift, true);
  const patched = new Uint8Array(entry.central.length + tail.length);
  patched.set(entry.central, 0);
  patched.set(tail, entry.central.length);
  return patched;
}

/** MS-DOS time and date fields, in local time as fflate writes them. */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getFullYear(), 1980), 2107);
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | (at.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE), as zip requires; fflate keeps its own private. */
export function crc32(data: Uint8Array): number {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
