/**
 * Folding for matching: lowercase, accents stripped, quotes and dashes unified — character
 * by character, so a match in the folded text has the same offsets in the text it came from.
 */

// Latin letters and their accented forms live below U+0300: a table built once at load.
const TABLE_SIZE = 0x300;
const TABLE = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const lower = String.fromCharCode(code).toLowerCase();
  const base = lower.length === 1 ? lower.normalize("NFD").charCodeAt(0) : code;
  TABLE[code] = lower.length === 1 && base < TABLE_SIZE ? base : code;
}
TABLE[0xba] = 0xb0; // "º" (ordinal indicator) is typed for "°" in "3º enfant"
TABLE[0xa0] = 0x20;

// Typographic quotes and dashes: one form each, so patterns need not list them all.
const PUNCTUATION = new Map<number, number>([
  [0x2019, 0x27],
  [0x2018, 0x27],
  [0x201b, 0x27],
  [0x2032, 0x27],
  [0x00b4, 0x27],
  [0x0060, 0x27],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2012, 0x2d],
  [0x2013, 0x2d],
  [0x2014, 0x2d],
  [0x2015, 0x2d],
  [0x2212, 0x2d],
  [0x202f, 0x20],
  [0x2009, 0x20],
  // A broken encoding leaves U+FFFD where an accented letter was ("D\ufffdlib\ufffdr\ufffd"): in
  // French that letter is most often an é/è/ê, so matching reads it as "e".
  [0xfffd, 0x65],
]);

function foldCode(code: number): number {
  if (code < TABLE_SIZE) return TABLE[code] ?? code;
  const mapped = PUNCTUATION.get(code);
  if (mapped !== undefined) return mapped;
  if (code >= 0x1e00 && code <= 0x1eff) {
    // Latin Extended Additional (Vietnamese, Welsh…): strip the accent when it decomposes.
    const base = String.fromCharCode(code).toLowerCase().normalize("NFD").charCodeAt(0);
    return base < TABLE_SIZE ? (TABLE[base] ?? base) : code;
  }
  return code;
}

// Decoding the code units at once is the fast path; a runtime without a UTF-16 decoder
// (some edge runtimes only decode UTF-8) gets the slower chunked fromCharCode.
const UTF16 = ((): TextDecoder | null => {
  try {
    return new TextDecoder("utf-16le");
  } catch {
    return null;
  }
})();
const CHUNK = 8192;

function fromUnits(units: Uint16Array): string {
  if (UTF16) return UTF16.decode(units);
  let text = "";
  for (let i = 0; i < units.length; i += CHUNK) text += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return text;
}

/** Same length as `text`: index i of the result always stands for index i of `text`. */
export function foldForMatching(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < TABLE_SIZE ? (TABLE[code] ?? code) : foldCode(code);
  }
  return fromUnits(out);
}
