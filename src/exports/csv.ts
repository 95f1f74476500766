/**
 * CSV export, RFC 4180, streamed. The conventions follow what a French admin double-clicking the
 * file in Excel expects:
 * - UTF-8 with a byte-order mark by default: without it Excel reads UTF-8 as Windows-1252 and
 *   "Évreux" becomes "Ã‰vreux".
 * - Decimal separator follows the field separator: "," with ";" (the French Excel convention, the
 *   one Excel itself writes for "CSV (séparateur : point-virgule)"; a French Excel reads "3.5" as a
 *   text or a date), "." with ",". Integers look the same either way.
 * - Dates ISO 8601: `2024-03-05`; date-times in Paris time with their offset,
 *   `2024-03-05T14:30:00+01:00`, readable as the admin's own time and still unambiguous.
 * - Text that could run as a formula gets a leading apostrophe (formula-injection.ts).
 */

import { toCell, type Cell } from "./cells";
import { assertColumns, type CellValue, type Column, type ColumnType, type Row } from "./columns";
import { neutraliseFormula } from "./formula-injection";
import { isoDate, isoDateTime, parisIsoDateTime } from "../domain/paris-time";
import { pullStream, utf8 } from "./pull-stream";
import { textBatches, type RowRenderer } from "./batches";

export interface CsvOptions {
  readonly separator: "," | ";";
  readonly bom: boolean;
}

const DEFAULT_CSV_OPTIONS: CsvOptions = { separator: ";", bom: true };

const CRLF = "\r\n";
// Both separators, whatever the file's: Excel splits on the separator of the user's regional
// settings, not the file's, so an unquoted "a;=1+1" in a comma file would become a formula cell
// in a French Excel. Quoting is always allowed by RFC 4180, so quoting both costs nothing.
const MUST_QUOTE = /[",;\r\n]/;

export function csvStream(
  columns: readonly Column[],
  rows: AsyncIterable<Row>,
  options: Partial<CsvOptions> = {},
): ReadableStream<Uint8Array> {
  assertColumns(columns);
  const { separator, bom } = { ...DEFAULT_CSV_OPTIONS, ...options };
  const decimalComma = separator === ";";
  const renderer: RowRenderer = {
    head: (bom ? "\uFEFF" : "") + csvLine(columns.map((column) => csvText(column.header))),
    render: (row) => {
      if (columns.length === 1) return csvLine([csvValue(columns[0]!.type, row[columns[0]!.key], decimalComma)]);
      let line = csvValue(columns[0]!.type, row[columns[0]!.key], decimalComma);
      for (let index = 1; index < columns.length; index++) {
        line += separator + csvValue(columns[index]!.type, row[columns[index]!.key], decimalComma);
      }
      return line + CRLF;
    },
    tail: "",
  };

  function csvLine(fields: string[]): string {
    // A lone empty field would be an empty line, which many readers skip: quote it.
    if (fields.length === 1 && fields[0] === "") return `""${CRLF}`;
    return fields.join(separator) + CRLF;
  }

  return pullStream(utf8(textBatches(rows, renderer)));
}

/**
 * csvField(toCell(type, value)) without the Cell for the values an export is made of (a text in a
 * text column, a Date in a date-time column, nothing): the same text, a few objects fewer per
 * field, which at a million rows is garbage-collector time. Anything else takes the general way.
 */
function csvValue(type: ColumnType, value: CellValue | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined || value === "") return "";
  if (type === "text" && typeof value === "string") return csvText(value);
  if (type === "datetime" && value instanceof Date && !Number.isNaN(value.getTime())) return parisIsoDateTime(value);
  // A safe integer's decimal text has no "." for the decimal comma to replace.
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return csvField(toCell(type, value), decimalComma);
}

function csvField(cell: Cell, decimalComma: boolean): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "number": {
      const text = String(cell.value);
      return decimalComma ? text.replace(".", ",") : text;
    }
    case "date":
      return isoDate(cell.at);
    case "datetime":
      return isoDateTime(cell.at);
    case "text":
      return csvText(cell.text);
  }
}

function csvText(raw: string): string {
  const text = neutraliseFormula(raw);
  return MUST_QUOTE.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
