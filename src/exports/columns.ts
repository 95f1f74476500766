/** What an export is made of: typed columns (with their French documentation) and plain rows. */

export type ColumnType = "text" | "integer" | "date" | "datetime" | "number";

export interface Column {
  /** The row property this column reads. */
  readonly key: string;
  /** The French header written in the file's first row. */
  readonly header: string;
  /** French, for the documented dictionary of columns (see dictionary.ts). */
  readonly description: string;
  readonly type: ColumnType;
}

export type CellValue = string | number | null | Date;

/** A missing key reads as an empty cell, like `null`. */
export type Row = Record<string, CellValue>;

/**
 * Spreadsheet applications stop at 16,384 columns; duplicate keys are a wiring mistake. Checked
 * when a writer is called, so a bad definition throws before any byte is sent, not mid-download.
 */
export function assertColumns(columns: readonly Column[]): void {
  if (columns.length === 0) throw new TypeError("Un export doit avoir au moins une colonne.");
  if (columns.length > 16_384) throw new RangeError("Un export ne peut pas dépasser 16 384 colonnes.");
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.key)) throw new TypeError(`Colonne en double dans l'export : ${column.key}`);
    seen.add(column.key);
  }
}
