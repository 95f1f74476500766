/**
 * The text of a word-processing document as it flows: paragraphs as lines, table rows as lines
 * with cells separated by " | ", page breaks as page boundaries. DOCX and ODT readers only map
 * their XML onto these calls.
 */

import { tidyPage } from "./pages";

interface Row {
  cells: string[];
  cell: string;
  pageBreakBefore: boolean;
}

export class FlowText {
  private readonly pages: string[] = [];
  private page = "";
  private line = "";
  private readonly rows: Row[] = []; // one per open table, innermost last

  text(text: string): void {
    const row = this.rows.at(-1);
    if (row) row.cell += text;
    else this.line += text;
  }

  /** A line break inside a paragraph; inside a table cell it stays on the row's line. */
  lineBreak(): void {
    this.text(this.rows.length > 0 ? " " : "\n");
  }

  endParagraph(): void {
    const row = this.rows.at(-1);
    if (row) row.cell += " ";
    else {
      this.page += this.line + "\n";
      this.line = "";
    }
  }

  /**
   * "hard": asked for by the author (a page break). "rendered": where the last layout happened
   * to break (Word's lastRenderedPageBreak, ODF's soft-page-break, a break-before style); it is
   * dropped when nothing was written on the page yet, since writers put one right after a hard
   * break or at the very start.
   */
  pageBreak(kind: "hard" | "rendered"): void {
    const row = this.rows.at(-1);
    // A row is one line: a break inside it moves to the row's start.
    if (row) row.pageBreakBefore = true;
    else this.closePage(kind);
  }

  private closePage(kind: "hard" | "rendered"): void {
    if (kind === "rendered" && (this.page + this.line).trim() === "") return;
    this.pages.push(this.page + this.line);
    this.page = "";
    this.line = "";
  }

  startTable(): void {
    if (this.rows.length === 0 && this.line !== "") this.endParagraph();
    this.rows.push({ cells: [], cell: "", pageBreakBefore: false });
  }

  // A break met between two rows (ODF's soft-page-break) stays pending for the next one.
  startRow(): void {
    const row = this.rows.at(-1);
    if (row) Object.assign(row, { cells: [], cell: "" });
  }

  endCell(): void {
    const row = this.rows.at(-1);
    if (!row) return;
    row.cells.push(row.cell.replace(/\s+/g, " ").trim());
    row.cell = "";
  }

  endRow(): void {
    const row = this.rows.at(-1);
    if (!row) return;
    const cells = [...row.cells];
    // Office suites pad rows with empty repeated cells: they say nothing.
    while (cells.length > 0 && cells.at(-1) === "") cells.pop();
    const breakBefore = row.pageBreakBefore;
    row.cells = [];
    row.pageBreakBefore = false;
    if (cells.length === 0 && !breakBefore) return;
    const text = cells.join(" | ");
    if (this.rows.length > 1) {
      // A table nested in a cell stays inside that cell's text.
      const outer = this.rows.at(-2)!;
      outer.cell += ` ${text} `;
      outer.pageBreakBefore ||= breakBefore;
      return;
    }
    if (breakBefore) this.closePage("rendered");
    if (text) this.page += text + "\n";
  }

  endTable(): void {
    // A break pending after the last row belongs after the table.
    if (!this.rows.pop()?.pageBreakBefore) return;
    const outer = this.rows.at(-1);
    if (outer) outer.pageBreakBefore = true;
    else this.closePage("rendered");
  }

  finish(): string[] {
    const last = this.page + this.line;
    const pages = [...this.pages, last].map(tidyPage);
    // The writer's final break (or a break at the very end) leaves an empty last page.
    if (pages.length > 1 && pages.at(-1) === "") pages.pop();
    return pages;
  }
}
