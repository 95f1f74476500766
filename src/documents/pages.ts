/** Pages to one text: joined with "\f" (form feed), with the offset where each page starts. */

export interface PagedText {
  readonly text: string;
  readonly pageOffsets: readonly number[];
}

export function joinPages(pages: readonly string[]): PagedText {
  if (pages.length === 0) return { text: "", pageOffsets: [0] };
  const pageOffsets: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageOffsets.push(offset);
    offset += page.length + 1; // the "\f" that follows
  }
  // A form feed inside a page would read as a page break: it becomes a line break.
  return { text: pages.map((page) => page.replace(/\f/g, "\n")).join("\f"), pageOffsets };
}

/**
 * Tidies one page's edges only: blank lines before, white space after. Inside, the text stays
 * as read, since evidence ranges point into it.
 */
export function tidyPage(page: string): string {
  return page.replace(/^(?:[ \t]*\n)+/, "").trimEnd();
}
