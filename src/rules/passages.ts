/**
 * Where a sentence or a table row begins and ends in extracted text, whose line breaks are
 * sometimes sentence ends (tables, headings, lists) and sometimes mere wrapping (PDF prose).
 */

import type { Evidence } from "./rule-types";
import type { Reading } from "./reading";

export interface Span {
  readonly start: number;
  readonly end: number;
}

const NL = 0x0a;
const isSpace = (c: number) => c === 0x20 || c === NL || c === 0x09 || c === 0x0c;
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b; // . ! ? ;
const isRowPunctuation = (c: number) => isSentenceEnd(c) || c === 0x3a || c === 0x7c; // also : |

// A line shorter than this is a heading, a table cell or a list item, not wrapped prose.
const SHORT_LINE = 32;

function lineStart(text: string, index: number): number {
  return text.lastIndexOf("\n", index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const next = text.indexOf("\n", index);
  return next === -1 ? text.length : next;
}

const UPPER_OR_DIGIT = /[\p{Lu}\d]/u;
const LOWER_OR_COMMA = /[\p{Ll},'’(-]/u;

/** Whether the line break at `nl` ends a unit of meaning rather than wrapping a sentence. */
function breaksHere(text: string, nl: number): boolean {
  const before = text.charCodeAt(nl - 1);
  const after = text.charCodeAt(nl + 1);
  if (before === NL || after === NL || Number.isNaN(before) || Number.isNaN(after)) return true;
  if (isRowPunctuation(before)) return true;
  // Lists and table rows: "- item", "• item", "| cell".
  if (after === 0x2d || after === 0x2022 || after === 0x7c || after === 0x2a) return true;
  const start = lineStart(text, nl);
  if (nl - start < SHORT_LINE) return true;
  const line = text.slice(start, nl);
  if (line.includes("|") || text.slice(nl + 1, lineEnd(text, nl + 1)).includes("|")) return true;
  // "… MADOUNARI\nOBJET :", "… 2011\nLa Ville": a capital after a line that does not run on.
  return UPPER_OR_DIGIT.test(text.charAt(nl + 1)) && !LOWER_OR_COMMA.test(text.charAt(nl - 1));
}

/** "M. Dupont", "n. 3": a period after a lone letter does not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const letter = text.charCodeAt(dot - 1) | 0x20;
  const before = text.charCodeAt(dot - 2);
  return letter >= 0x61 && letter <= 0x7a && (Number.isNaN(before) || isSpace(before));
}

function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === NL) return breaksHere(text, i);
  if (!isSentenceEnd(c)) return false;
  const next = text.charCodeAt(i + 1);
  if (!(Number.isNaN(next) || isSpace(next))) return false;
  return !(c === 0x2e && isAbbreviation(text, i));
}

/**
 * The sentence (or row) around [start, end), at most `reach` characters on each side, so a
 * missing period never turns a whole page into one "sentence". Give it the normalised text
 * (capitals help tell a heading from a wrapped line); offsets are those of the folded text too.
 */
function sentenceAround(text: string, start: number, end: number, reach = 240): Span {
  let s = start;
  const minStart = Math.max(0, start - reach);
  while (s > minStart && !endsSentence(text, s - 1)) s--;
  let e = end;
  const maxEnd = Math.min(text.length, end + reach);
  while (e < maxEnd && !endsSentence(text, e)) e++;
  if (e < text.length && isSentenceEnd(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** The line around an offset (a table row in most extracted grids). */
export function lineAround(text: string, index: number): Span {
  return { start: lineStart(text, index), end: lineEnd(text, index) };
}

/** The sentence around [start, end) of a reading (see sentenceAround). */
export function sentenceOf(reading: Reading, start: number, end: number, reach = 240): Span {
  return sentenceAround(reading.text, start, end, reach);
}

/** Shrinks a span around [start, end) to at most `max` characters, cutting at spaces. */
function clip(text: string, span: Span, start: number, end: number, max: number): Span {
  if (span.end - span.start <= max) return span;
  const room = Math.max(0, max - (end - start));
  let s = Math.max(span.start, start - Math.floor(room / 2));
  let e = Math.min(span.end, s + Math.max(max, end - s));
  s = Math.max(span.start, Math.min(s, e - max));
  if (s > span.start) {
    const space = text.indexOf(" ", s);
    if (space !== -1 && space < start) s = space + 1;
  }
  if (e < span.end) {
    const space = text.lastIndexOf(" ", e);
    if (space > end) e = space;
  }
  return { start: s, end: e };
}

/** Evidence for a match: its sentence or row, clipped to a readable length. */
export function passage(reading: Reading, start: number, end: number, max = 220): Evidence | null {
  const sentence = sentenceAround(reading.text, start, end);
  const span = clip(reading.folded, sentence, start, end, max);
  return reading.evidence(span.start, span.end);
}

/** Adds evidence unless it overlaps one already kept; at most `limit` passages. */
export function addEvidence(list: Evidence[], evidence: Evidence | null, limit = 3): void {
  if (!evidence || list.length >= limit) return;
  if (list.some((e) => e.start < evidence.end && evidence.start < e.end)) return;
  list.push(evidence);
}
