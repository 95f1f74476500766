/**
 * Hostile DOCX files for the upload's checks: a zip bomb whose word/document.xml inflates to
 * 1 GiB from about 1 MB, and archives whose headers lie about sizes; the same bomb for PDF streams. The DEFLATE data is written
 * bit by bit (one dynamic Huffman block where "repeat the last 258 bytes" costs 2 bits), as
 * compressing a real gigabyte would take half a minute. Pure JavaScript: works inside workerd.
 */

import { strToU8, zipSync } from "fflate";

export const GIB = 1024 * 1024 * 1024;

/** A DOCX whose word/document.xml really inflates to `size` bytes (one space, then repeats). */
export function makeDocxBomb(size = GIB): Uint8Array {
  const repeats = Math.floor((size - 1) / 258);
  return zipOf([
    stored("[Content_Types].xml", strToU8('<?xml version="1.0"?><Types xmlns="urn:x"/>')),
    { name: "word/document.xml", method: 8, data: spacesDeflated(repeats), size: 1 + repeats * 258 },
  ]);
}

/** FlateDecode data (zlib header, no checksum) that inflates to about `size` bytes of spaces. */
export function flateBomb(size = GIB): Uint8Array {
  return concat([Uint8Array.of(0x78, 0x9c), spacesDeflated(Math.floor((size - 1) / 258))]);
}

/** A small, honest DOCX (no Word needed to make it): one paragraph. */
export function makeSmallDocx(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="urn:x"/>'),
    "word/document.xml": strToU8(
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        "<w:p><w:r><w:t>Délibération n° 2024-031 : tarifs selon le quotient familial.</w:t></w:r></w:p>" +
        "</w:body></w:document>",
    ),
  });
}

/** A copy of `archive` whose central directory lies about `name`'s uncompressed size. */
export function withDeclaredSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const zip = archive.slice();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = strToU8(name);
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((byte, index) => zip[at + 46 + index] === byte)) {
      view.setUint32(at + 24, size, true);
      return zip;
    }
  }
  throw new Error(`${name} not found in the central directory`);
}

interface Entry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly data: Uint8Array;
  readonly size: number;
}

const stored = (name: string, data: Uint8Array): Entry => ({ name, method: 0, data, size: data.length });

// CRCs are left at 0: Cadre's reader, like the hostile files it meets, does not rely on them.
function zipOf(entries: readonly Entry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length + entry.data.length);
    const header = new DataView(local.buffer);
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, entry.method, true);
    header.setUint32(18, entry.data.length, true);
    header.setUint32(22, entry.size, true);
    header.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(entry.data, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const record = new DataView(central.buffer);
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, entry.method, true);
    record.setUint32(20, entry.data.length, true);
    record.setUint32(24, entry.size, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, central) => sum + central.length, 0);
  const end = new Uint8Array(22);
  const eocd = new DataView(end.buffer);
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, entries.length, true);
  eocd.setUint16(10, entries.length, true);
  eocd.setUint32(12, directorySize, true);
  eocd.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/**
 * One final dynamic block (RFC 1951, 3.2.7): literal/length code 285 ("length 258") in 1 bit,
 * the space and end-of-block in 2 bits each; distance code 0 ("distance 1") in 1 bit.
 */
function spacesDeflated(repeats: number): Uint8Array {
  const bits = new BitWriter(Math.ceil(repeats / 4) + 64);
  bits.value(1, 1); // final block
  bits.value(2, 2); // dynamic Huffman codes
  bits.value(286 - 257, 5); // literal/length codes up to 285
  bits.value(2 - 1, 5); // two distance codes
  bits.value(18 - 4, 4); // code length code lengths, in RFC order, up to the one for "1"
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  const codeLengthLengths: Record<number, number> = { 18: 1, 1: 2, 2: 2 };
  for (const symbol of order) bits.value(codeLengthLengths[symbol] ?? 0, 3);
  // Code length codes: 18 = "0", 1 = "10", 2 = "11". Symbol 18 repeats a zero length 11 + n times.
  const zeros = (count: number) => {
    bits.code(0b0, 1);
    bits.value(count - 11, 7);
  };
  const length = (value: 1 | 2) => bits.code(value === 1 ? 0b10 : 0b11, 2);
  zeros(32); // 0-31
  length(2); // 32, the space
  zeros(138); // 33-170
  zeros(85); // 171-255
  length(2); // 256, end of block
  zeros(28); // 257-284
  length(1); // 285, length 258
  length(1); // distance code 0
  length(1); // distance code 1 (unused; makes the code complete)
  // Literal/length codes: 285 = "0", 32 = "10", 256 = "11"; distance 0 = "0".
  bits.code(0b10, 2);
  for (let index = 0; index < repeats; index++) bits.code(0b00, 2);
  bits.code(0b11, 2);
  return bits.finish();
}

/** DEFLATE's bit order: fields least significant bit first, Huffman codes most significant first. */
class BitWriter {
  private readonly out: Uint8Array;
  private at = 0;

  constructor(capacity: number) {
    this.out = new Uint8Array(capacity);
  }

  value(value: number, count: number): void {
    for (let bit = 0; bit < count; bit++) this.push((value >> bit) & 1);
  }

  code(code: number, count: number): void {
    for (let bit = count - 1; bit >= 0; bit--) this.push((code >> bit) & 1);
  }

  finish(): Uint8Array {
    return this.out.slice(0, Math.ceil(this.at / 8));
  }

  private push(bit: number): void {
    this.out[this.at >> 3]! |= bit << (this.at & 7);
    this.at++;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
