/** Text made safe for XML 1.0 element content and attribute values, as both office formats need. */

// Characters XML 1.0 forbids outright (they make the whole file unreadable, not just one cell),
// and unpaired surrogates, which cannot be encoded as UTF-8.
const FORBIDDEN =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// A single test for "anything to do at all", so that most cells are returned untouched.
const NEEDS_WORK = /[&<>"\r\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Drops forbidden characters, writes line breaks as LF (an XML reader turns CR and CRLF into LF
 * anyway, and LF is the line break inside a spreadsheet cell) and escapes & < > " (the quote so
 * that the same function serves attributes).
 */
export function xmlText(raw: string): string {
  if (!NEEDS_WORK.test(raw)) return raw;
  return raw
    .replace(FORBIDDEN, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}
