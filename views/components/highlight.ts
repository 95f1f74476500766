/**
 * Cutting a document's text into plain runs, highlighted passages and page marks, so the
 * review page can show every finding's passage in place. Overlapping passages are merged
 * into one highlight that answers to every anchor that falls inside it.
 */

export interface Passage {
  readonly anchor: string;
  readonly start: number;
  readonly end: number;
}

export type Segment =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "mark"; readonly text: string; readonly anchors: readonly string[] }
  | { readonly kind: "page"; readonly page: number };

export function segmentText(text: string, passages: readonly Passage[], pageOffsets: readonly number[]): Segment[] {
  const merged: { start: number; end: number; anchors: string[] }[] = [];
  const sorted = passages
    .filter((passage) => passage.end > passage.start && passage.start >= 0 && passage.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const passage of sorted) {
    const last = merged.at(-1);
    if (last && passage.start < last.end) {
      last.end = Math.max(last.end, passage.end);
      last.anchors.push(passage.anchor);
    } else {
      merged.push({ start: passage.start, end: passage.end, anchors: [passage.anchor] });
    }
  }
  // Page marks go at page starts (after the first page); a mark never splits a highlight.
  const pageStarts = pageOffsets
    .map((offset, index) => ({ offset, page: index + 1 }))
    .filter(({ offset, page }) => page > 1 && offset <= text.length);

  const segments: Segment[] = [];
  let cursor = 0;
  const pushText = (until: number) => {
    while (cursor < until) {
      const nextPage = pageStarts.find(({ offset }) => offset > cursor && offset <= until);
      const stop = nextPage ? nextPage.offset : until;
      if (stop > cursor) segments.push({ kind: "text", text: text.slice(cursor, stop) });
      cursor = stop;
      if (nextPage) {
        segments.push({ kind: "page", page: nextPage.page });
        pageStarts.splice(pageStarts.indexOf(nextPage), 1);
      }
    }
  };
  for (const range of merged) {
    pushText(range.start);
    segments.push({ kind: "mark", text: text.slice(range.start, range.end), anchors: range.anchors });
    cursor = range.end;
  }
  pushText(text.length);
  return segments;
}
