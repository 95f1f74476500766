/**
 * Normalisation for reading: the text the rules match against, with an exact map back to
 * the extracted text, because evidence must point at what the instructor sees highlighted.
 */

import { looksLikeMojibake, repairAt } from "./mojibake";
import { OffsetMap } from "./offset-map";

export { foldForMatching } from "./fold";

export interface NormalizedText {
  readonly text: string;
  /** Offset in the original text where the normalised character at `index` starts. */
  toOriginal(index: number): number;
  /** Original offset for an exclusive end: just after the source of character `end - 1`. */
  toOriginalEnd(end: number): number;
}

const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };

// Characters that need a decision; everything between two of them is copied as is (most of
// any text), which keeps this pass cheap on a 20-page act.
// Ordinary: printable ASCII, Latin letters, and the usual typographic signs (’ “ ” – — … • €).
const SPECIAL =
  /[^\x21-\x7e\xa1-\xac\xae-\u02ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac ]| (?=[^\x21-\x7e\xa1-\xac\xae-\u02ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac])/g;
// With mojibake, the lead characters "Ã", "Â", "â"… need a decision too.
const SPECIAL_REPAIR =
  /[^\x21-\x7e\xa1-\xac\xae-\xc1\xf5-\u02ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac ]| (?=[^\x21-\x7e\xa1-\xac\xae-\u02ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac])/g;

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
const HYPHENATED_PREFIXES = new Set(
  (
    "demi mi semi après apres avant peut vice ex non sous arrière arriere grand grande rez celui celle ceux " +
    "celles est porte garde multi dix vingt trente quarante cinquante soixante quatre t c'est"
  ).split(" "),
);
const HYPHENATED_SUFFIXES = /^(ci|là|la|même|mêmes|meme|memes|être|etre|midi|dire|à)(?!\p{L})/u;

/** Whether a line ending in "word-" continues on the next line, and whether the hyphen stays. */
function hyphenJoin(original: string, hyphen: number, after: number): "drop" | "keep" | null {
  let w = hyphen;
  while (w > 0 && (LETTER.test(original.charAt(w - 1)) || original.charAt(w - 1) === "'")) w--;
  const word = original.slice(w, hyphen);
  if (word === "" || !LETTER.test(word.charAt(word.length - 1))) return null;
  let j = after;
  while (j < original.length && isHorizontalSpace(original.charCodeAt(j))) j++;
  const next = original.charAt(j);
  if (!LETTER.test(next)) return null;
  // A capitalised part ("Saint-\nDenis", "Jean-\nPierre") or a known compound keeps the hyphen.
  if (!LOWERCASE.test(next) || !LOWERCASE.test(word.charAt(0))) return "keep";
  const lowerWord = word.toLowerCase();
  if (HYPHENATED_PREFIXES.has(lowerWord) || HYPHENATED_SUFFIXES.test(original.slice(j, j + 8).toLowerCase()))
    return "keep";
  return "drop";
}

export function normalizeForReading(original: string): NormalizedText {
  const out = new OffsetMap(original);
  const repair = looksLikeMojibake(original);
  const special = repair ? SPECIAL_REPAIR : SPECIAL;
  let i = 0;
  while (i < original.length && isHorizontalSpace(original.charCodeAt(i))) i++;
  while (i < original.length) {
    special.lastIndex = i;
    const found = special.exec(original);
    const next = found ? found.index : original.length;
    if (next > i) out.copy(i, next);
    i = next;
    if (!found) break;
    const start = i;
    let ch = original.charAt(i);
    let code = original.charCodeAt(i);
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
      const last = out.lastCode();
      if (last !== -1 && last !== 0x20 && last !== 0x0a) {
        if (code === 0x20 && length === 1) out.copy(start, end);
        else out.emit(" ", start, end);
      }
      // The rest of the run is dropped: ordinary spaces would otherwise be copied with the next word.
      while (i < original.length && isHorizontalSpace(original.charCodeAt(i))) i++;
      continue;
    }
    if (isLineBreak(code)) {
      if (out.lastCode() === 0x20) out.pop();
      if (code === 0x0c) {
        // A page (or, for a request read as one text, a document) ends: a blank line, so no
        // sentence, table row or hyphenated word is read across it.
        out.emit("\n\n", start, end);
      } else {
        const join = out.lastCode() === 0x2d ? hyphenJoin(original, out.lastStart(), end) : null;
        if (join === null) out.emit("\n", start, end);
        else if (join === "drop") out.pop();
      }
      while (i < original.length && isHorizontalSpace(original.charCodeAt(i))) i++;
      continue;
    }
    if (code >= 0x300 && code <= 0x36f && out.lastCode() !== -1) {
      // A combining accent after its letter (NFD text from some PDF producers): compose it.
      const composed = (String.fromCharCode(out.lastCode()) + ch).normalize("NFC");
      if (composed.length === 1) {
        const from = out.lastStart();
        out.pop();
        out.emit(composed, from, end);
        continue;
      }
    }
    const ligature = code >= 0xfb00 && code <= 0xfb06 ? LIGATURES[ch] : undefined;
    if (ligature) out.emit(ligature, start, end);
    else if (length === 1) out.copy(start, end);
    else out.emit(ch, start, end);
  }
  return out.finish();
}
