/** Limits shared by the two spreadsheet formats: rows, cell text, sheet names, column widths. */

import type { ColumnType } from "./columns";

export interface SheetOptions {
  /** Shown on the sheet's tab; cleaned up to Excel's rules. */
  readonly sheetName: string;
}

/** Excel's and LibreOffice's row limit, header row included. */
export const MAX_SHEET_ROWS = 1_048_576;

/** Excel's limit for one cell's text; a longer text makes Excel "repair" the whole file. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Past the limit the writer ends the stream with an error: a file with missing rows that looks
 * complete would be worse than a failed download. The caller should count rows first and offer
 * CSV (no limit) for larger exports.
 */
export function assertSheetRow(dataRowIndex: number): void {
  if (dataRowIndex + 2 > MAX_SHEET_ROWS) {
    throw new RangeError(`Plus de ${MAX_SHEET_ROWS - 1} lignes : utiliser l'export CSV.`);
  }
}

/** Cut at the limit without splitting a surrogate pair (which would leave a forbidden character). */
export function clipCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(MAX_CELL_CHARS - 1)) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return text.slice(0, end);
}

/** Column widths in characters, from the header and what the type usually holds. */
export function columnWidth(header: string, type: ColumnType): number {
  const typical = { text: 24, integer: 10, number: 12, date: 12, datetime: 20 }[type];
  return Math.min(60, Math.max(typical, header.length + 2));
}

/**
 * Excel (and LibreOffice) refuse a sheet name longer than 31 characters, with one of
 * : \ / ? * [ ], or starting or ending with an apostrophe.
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]\x00-\x1F]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 31)
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned || "Export";
}
