/** Required texts, normalised before the "required" check: what is invisible counts as nothing. */

import { describe, expect, it } from "vitest";
import { normaliseText, type TextShape } from "../../src/domain/required-text";

const cases: [name: string, raw: string, shape: TextShape, expected: string][] = [
  ["non-breaking and zero-width spaces", "\u00a0\u200b", "line", ""],
  ["the same, as paragraphs", "\u00a0\u200b", "paragraphs", ""],
  ["byte order mark and word joiner", "\ufeff\u2060 \u2060", "paragraphs", ""],
  ["zero-width joiners and non-joiners", "\u200c\u200d\u200c", "line", ""],
  ["soft hyphen and bidirectional marks", "\u00ad\u200e\u200f\u202a\u202c", "line", ""],
  ["Hangul fillers", "\u3164\u115f\u1160\uffa0", "line", ""],
  ["ideographic and other wide spaces", "\u3000\u2003\u2009\u202f\u205f", "line", ""],
  ["tabs and line breaks only", "\t\r\n \n\u2028", "paragraphs", ""],
  ["control characters", "\u0000\u0007\u001b", "line", ""],
  [
    "a real text keeps its words",
    "  Refus :\u00a0délibération absente.\u200b ",
    "line",
    "Refus : délibération absente.",
  ],
  ["look-alike letters are folded", "Ｄéｌｉｂéｒａｔｉｏｎ", "line", "Délibération"],
  ["ligatures are folded", "ﬁxe les tarifs", "line", "fixe les tarifs"],
  ["accents stay whole (NFC and NFKC agree)", "e\u0301te\u0301", "line", "été"],
  ["a name on one line", "  Léa\n  Martin\u00a0 ", "line", "Léa Martin"],
  [
    "paragraphs keep their breaks, lose their trailing spaces and extra blank lines",
    "Bonjour,\u00a0\r\n\r\n\r\n\r\n  La délibération   manque.\u200b\nMerci.  ",
    "paragraphs",
    "Bonjour,\n\nLa délibération manque.\nMerci.",
  ],
];

describe("normaliseText", () => {
  it.each(cases)("%s", (_name, raw, shape, expected) => {
    expect(normaliseText(raw, shape)).toBe(expected);
  });
});
