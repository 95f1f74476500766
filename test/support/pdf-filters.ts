/**
 * Encoders for the five standard PDF filters a reader decodes (PDF 32000-1, 7.4), so fixtures can
 * hide objects behind each of them. pdf-lib decodes them all but only writes FlateDecode.
 */

import { zlibSync } from "fflate";

export type StreamFilter = "FlateDecode" | "ASCIIHexDecode" | "ASCII85Decode" | "LZWDecode" | "RunLengthDecode";

export const STREAM_FILTERS: readonly StreamFilter[] = [
  "FlateDecode",
  "ASCIIHexDecode",
  "ASCII85Decode",
  "LZWDecode",
  "RunLengthDecode",
];

export function encodeWith(filter: StreamFilter, data: Uint8Array): Uint8Array {
  switch (filter) {
    case "FlateDecode":
      return zlibSync(data);
    case "ASCIIHexDecode":
      return ascii(Array.from(data, (byte) => byte.toString(16).padStart(2, "0")).join("") + ">");
    case "ASCII85Decode":
      return ascii85(data);
    case "LZWDecode":
      return lzw(data);
    case "RunLengthDecode":
      return runLength(data);
  }
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function ascii85(data: Uint8Array): Uint8Array {
  let out = "";
  for (let at = 0; at < data.length; at += 4) {
    const group = data.subarray(at, at + 4);
    const padded = new Uint8Array(4);
    padded.set(group);
    let value = ((padded[0]! << 24) | (padded[1]! << 16) | (padded[2]! << 8) | padded[3]!) >>> 0;
    if (value === 0 && group.length === 4) {
      out += "z";
      continue;
    }
    const digits: string[] = [];
    for (let index = 0; index < 5; index++) {
      digits.unshift(String.fromCharCode(33 + (value % 85)));
      value = Math.floor(value / 85);
    }
    out += digits.slice(0, group.length + 1).join("");
  }
  return ascii(out + "~>");
}

// Codes 256 (clear) and 257 (end); widths grow one code early, as EarlyChange 1 (the default) says.
function lzw(data: Uint8Array): Uint8Array {
  const bits: number[] = [];
  let width = 9;
  const emit = (code: number) => {
    for (let bit = width - 1; bit >= 0; bit--) bits.push((code >> bit) & 1);
  };
  let table = new Map<string, number>();
  let next = 258;
  const reset = () => {
    table = new Map(Array.from({ length: 256 }, (_, byte) => [String.fromCharCode(byte), byte]));
    next = 258;
    width = 9;
  };
  reset();
  emit(256);
  let current = "";
  for (const byte of data) {
    const candidate = current + String.fromCharCode(byte);
    if (table.has(candidate)) {
      current = candidate;
      continue;
    }
    emit(table.get(current)!);
    table.set(candidate, next++);
    if (next + 1 > 1 << width) {
      if (width === 12) {
        emit(256);
        reset();
      } else width++;
    }
    current = String.fromCharCode(byte);
  }
  if (current) emit(table.get(current)!);
  emit(257);
  const out = new Uint8Array(Math.ceil(bits.length / 8));
  bits.forEach((bit, index) => {
    out[index >> 3]! |= bit << (7 - (index & 7));
  });
  return out;
}

// One-byte literal runs (a 0 before each byte), as a file hiding its names would, then 128 to end.
function runLength(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length * 2 + 1);
  data.forEach((byte, index) => (out[index * 2 + 1] = byte));
  out[data.length * 2] = 128;
  return out;
}
