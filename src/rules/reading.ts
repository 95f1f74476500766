/**
 * A document prepared once for every detector and rule: normalised text, its folded twin
 * (same offsets) and the way back to exact passages of the extracted text.
 */

import { foldForMatching } from "../documents/fold";
import { normalizeForReading } from "../documents/normalize";
import type { DocumentUnderReview, Evidence } from "./rule-types";

export interface Reading {
  /** The extracted text, as the instructor sees it. */
  readonly original: string;
  /** Normalised text (accents composed, spaces collapsed, hyphenation joined). */
  readonly text: string;
  /** `text` lowercased without accents: same length, same offsets. Patterns match here. */
  readonly folded: string;
  readonly pageOffsets: readonly number[];
  /** The passage [start, end) of `text` as evidence in the original text, or null if blank. */
  evidence(start: number, end: number): Evidence | null;
}

const isBlank = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x202f;

/** 1-based page of an original offset: the last page that starts at or before it. */
function pageAt(pageOffsets: readonly number[], offset: number): number {
  let low = 0;
  let high = pageOffsets.length - 1;
  let page = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((pageOffsets[mid] ?? 0) <= offset) {
      page = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return page + 1;
}

export function createReading(document: DocumentUnderReview): Reading {
  const original = document.text ?? "";
  const normalized = normalizeForReading(original);
  const pageOffsets = document.pageOffsets.length > 0 ? document.pageOffsets : [0];
  return {
    original,
    text: normalized.text,
    folded: foldForMatching(normalized.text),
    pageOffsets,
    evidence(start, end) {
      let s = normalized.toOriginal(start);
      let e = normalized.toOriginalEnd(end);
      while (s < e && isBlank(original.charCodeAt(s))) s++;
      while (e > s && isBlank(original.charCodeAt(e - 1))) e--;
      if (e <= s) return null;
      return { start: s, end: e, page: pageAt(pageOffsets, s), quote: original.slice(s, e) };
    },
  };
}

// Every rule reads the same document: prepare it once per document object.
const cache = new WeakMap<DocumentUnderReview, Reading>();

export function readingOf(document: DocumentUnderReview): Reading {
  let reading = cache.get(document);
  if (!reading) {
    reading = createReading(document);
    cache.set(document, reading);
  }
  return reading;
}
