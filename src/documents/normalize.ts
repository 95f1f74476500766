/**
 * Normalisation for reading: the text the rules match against, with an exact map back to
 * the extracted text, because evidence must point at what the instructor sees highlighted.
 */

import { looksLikeMojibake, repairAt } from "./mojibake";

export { foldForMatching } from "./fold";

export interface NormalizedText {
  readonly text: string;
  /** Offset in the original text where the normalised character at `index` starts. */
  toOriginal(index: number): number;
  /** Original offset for an exclusive end: just after the source of character `end - 1`. */
  toOriginalEnd(end: number): number;
}

const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };

// Character classes by code: a regex per character would cost more than the whole rule set.
// Zero-width characters and the soft hyphen only ever split words: they are dropped.
const isInvisible = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isHorizontalSpace = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029 || c === 0x85;
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;

// A line break after these keeps its hyphen: "demi-\npension" is "demi-pension", not "demipension".
const HYPHENATED_PREFIXES = new Set([
  "demi",
  "mi",
  "semi",
  "après",
  "apres",
  "avant",
  "peut",
  "vice",
  "ex",
  "non",
  "sous",
  "arrière",
  "arriere",
  "grand",
  "grande",
  "rez",
  "celui",
  "celle",
  "ceux",
  "celles",
  "est",
  "porte",
  "garde",
  "multi",
  "dix",
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "quatre",
  "t",
  "c'est",
]);
const HYPHENATED_SUFFIXES = /^(ci|là|la|même|mêmes|meme|memes|être|etre|midi|dire|à)\b/;

// Typed arrays, grown by doubling: a 20-page act is ~60,000 characters and this runs on every read.
class Builder {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  private grow(): void {
    const capacity = this.units.length * 2 + 16;
    const units = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
  pushUnit(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  push(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.pushUnit(text.charCodeAt(k), start, end);
  }
  last(): number {
    return this.length === 0 ? -1 : (this.units[this.length - 1] ?? -1);
  }
  pop(): void {
    if (this.length > 0) this.length--;
  }
  text(): string {
    return UTF16.decode(this.units.subarray(0, this.length));
  }
}

const UTF16 = new TextDecoder("utf-16le");

/** The word (letters and apostrophes) that ends just before the output's last character. */
function wordBefore(b: Builder, endExclusive: number): string {
  let i = endExclusive - 1;
  let word = "";
  while (i >= 0) {
    const ch = String.fromCharCode(b.units[i] ?? 32);
    if (!LETTER.test(ch) && ch !== "'" && ch !== "’") break;
    word = ch + word;
    i--;
  }
  return word;
}

/** Whether a line ending in "word-" continues on the next line, and whether the hyphen stays. */
function hyphenJoin(b: Builder, original: string, after: number): "drop" | "keep" | null {
  if (b.last() !== 0x2d && b.last() !== 0x2010) return null;
  const word = wordBefore(b, b.length - 1);
  if (word === "") return null;
  let j = after;
  while (j < original.length && isHorizontalSpace(original.charCodeAt(j))) j++;
  const next = original.charAt(j);
  if (!LETTER.test(next)) return null;
  const lowerWord = word.toLowerCase().replace("’", "'");
  const nextWord = original.slice(j, j + 8).toLowerCase();
  // A capitalised part ("Saint-\nDenis", "Jean-\nPierre") or a known compound keeps the hyphen.
  if (!LOWERCASE.test(next) || !LOWERCASE.test(word.charAt(0))) return "keep";
  if (HYPHENATED_PREFIXES.has(lowerWord) || HYPHENATED_SUFFIXES.test(nextWord)) return "keep";
  return "drop";
}

export function normalizeForReading(original: string): NormalizedText {
  const b = new Builder(original.length + 16);
  const repair = looksLikeMojibake(original);
  let i = 0;
  while (i < original.length) {
    const start = i;
    let code = original.charCodeAt(i);
    // Printable ASCII and plain accented letters are most of any text and need no decision.
    if ((code > 0x20 && code < 0x7f) || (code > 0xad && code < 0x300 && !(repair && code >= 0xc2 && code <= 0xf4))) {
      b.pushUnit(code, start, start + 1);
      i++;
      continue;
    }
    let ch = original.charAt(i);
    let length = 1;
    if (repair && code >= 0xc2 && code <= 0xf4) {
      const repaired = repairAt(original, i);
      if (repaired) {
        ch = repaired.char;
        code = ch.charCodeAt(0);
        length = repaired.length;
      }
    }
    if (length === 1 && code === 0x0d) {
      if (original.charCodeAt(i + 1) === 0x0a) {
        i++;
        continue;
      }
      code = 0x0a;
    }
    const end = start + length;
    i = end;
    if (isInvisible(code)) continue;
    if (isHorizontalSpace(code)) {
      const last = b.last();
      if (last !== -1 && last !== 0x20 && last !== 0x0a) b.pushUnit(0x20, start, end);
      continue;
    }
    if (isLineBreak(code)) {
      if (b.last() === 0x20) b.pop();
      if (code === 0x0c) {
        // A page (or, for a request read as one text, a document) ends: a blank line, so no
        // sentence, table row or hyphenated word is read across it.
        b.pushUnit(0x0a, start, end);
        b.pushUnit(0x0a, start, end);
        continue;
      }
      const join = hyphenJoin(b, original, end);
      if (join !== null) {
        if (join === "drop") b.pop();
        while (i < original.length && isHorizontalSpace(original.charCodeAt(i))) i++;
        continue;
      }
      b.pushUnit(0x0a, start, end);
      continue;
    }
    if (code >= 0x300 && code <= 0x36f && b.length > 0) {
      // A combining accent after its letter (NFD text from some PDF producers): compose it.
      const lastIndex = b.length - 1;
      const composed = (String.fromCharCode(b.units[lastIndex] ?? 0) + ch).normalize("NFC");
      if (composed.length === 1) {
        b.units[lastIndex] = composed.charCodeAt(0);
        b.ends[lastIndex] = end;
        continue;
      }
    }
    b.push(code >= 0xfb00 && code <= 0xfb06 ? (LIGATURES[ch] ?? ch) : ch, start, end);
  }
  const text = b.text();
  const { starts, ends, length } = b;
  return {
    text,
    toOriginal: (index) => (index >= length ? original.length : (starts[Math.max(0, index)] ?? 0)),
    toOriginalEnd: (endIndex) => (endIndex <= 0 ? 0 : endIndex > length ? original.length : (ends[endIndex - 1] ?? 0)),
  };
}
