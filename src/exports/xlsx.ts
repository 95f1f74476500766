/**
 * XLSX export: a minimal Office Open XML workbook whose only sheet is written row by row.
 * - Text as inline strings (`t="inlineStr"`): no shared-strings table to hold in memory, and an
 *   inline string is never evaluated, so text is kept exactly as typed, without the CSV
 *   apostrophe; risky-looking text gets the quotePrefix style so that editing it cannot turn it
 *   into a formula either.
 * - Numbers as numbers; dates and date-times as Excel serial numbers (Paris wall-clock time, as
 *   Excel has no time zones) with a dd/mm/yyyy [hh:mm:ss] style, so they sort and filter as dates.
 * - Bold, frozen header row; at most 1,048,575 data rows (sheet-limits.ts).
 */

import { toCell, type Cell } from "./cells";
import { assertColumns, type Column, type Row } from "./columns";
import { looksLikeFormula } from "./formula-injection";
import { isoDate, isoDateTime, type WallClock } from "../domain/paris-time";
import { textBatches, type RowRenderer } from "./batches";
import { assertSheetRow, clipCellText, columnWidth, safeSheetName, type SheetOptions } from "./sheet-limits";
import { xmlText } from "./xml-text";
import {
  contentTypesXml,
  packageRelsXml,
  SHEET_PATH,
  stylesXml,
  workbookRelsXml,
  workbookXml,
  XLSX_STYLE,
} from "./xlsx-parts";
import { zipStream } from "./zip-stream";

export function xlsxStream(
  columns: readonly Column[],
  rows: AsyncIterable<Row>,
  options: Partial<SheetOptions> = {},
): ReadableStream<Uint8Array> {
  assertColumns(columns);
  const letters = columns.map((_, index) => columnLetters(index));
  const renderer: RowRenderer = {
    head: sheetHead(columns) + headerRow(columns, letters),
    render(row, index) {
      assertSheetRow(index);
      const r = index + 2;
      let xml = `<row r="${r}">`;
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        xml += xlsxCell(toCell(column.type, row[column.key]), `${letters[i]}${r}`);
      }
      return xml + "</row>";
    },
    tail: "</sheetData></worksheet>",
  };
  return zipStream([
    { path: "[Content_Types].xml", content: contentTypesXml },
    { path: "_rels/.rels", content: packageRelsXml },
    { path: "xl/workbook.xml", content: workbookXml(safeSheetName(options.sheetName ?? "Export")) },
    { path: "xl/_rels/workbook.xml.rels", content: workbookRelsXml },
    { path: "xl/styles.xml", content: stylesXml },
    { path: SHEET_PATH, content: textBatches(rows, renderer) },
  ]);
}

function sheetHead(columns: readonly Column[]): string {
  const widths = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(c.header, c.type)}" customWidth="1"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    "</sheetView></sheetViews>" +
    `<cols>${widths}</cols><sheetData>`
  );
}

function headerRow(columns: readonly Column[], letters: readonly string[]): string {
  const cells = columns.map((c, i) => inlineString(c.header, `${letters[i]}1`, XLSX_STYLE.header)).join("");
  return `<row r="1">${cells}</row>`;
}

/** Empty cells are left out: every written cell carries its reference, so nothing shifts. */
function xlsxCell(cell: Cell, ref: string): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "number":
      return `<c r="${ref}"><v>${cell.value}</v></c>`;
    case "date":
    case "datetime": {
      const serial = excelSerial(cell.at, cell.kind === "datetime");
      if (serial === null) return inlineString(cell.kind === "date" ? isoDate(cell.at) : isoDateTime(cell.at), ref);
      const style = cell.kind === "date" ? XLSX_STYLE.date : XLSX_STYLE.datetime;
      return `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
    }
    case "text":
      return inlineString(cell.text, ref, looksLikeFormula(cell.text) ? XLSX_STYLE.quotePrefix : undefined);
  }
}

function inlineString(raw: string, ref: string, style?: number): string {
  const text = xmlText(clipCellText(raw));
  // Without xml:space="preserve", Excel trims leading and trailing spaces and line breaks.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  const s = style === undefined ? "" : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569; // serial of 1970-01-01 in the 1900 date system
const FIRST_SAFE_DAY = Date.UTC(1900, 2, 1); // before it, Excel's fictitious 1900-02-29 shifts days

/** Days since 1899-12-30, the time of day as the fraction; null where Excel would be wrong. */
export function excelSerial(at: WallClock, withTime: boolean): number | null {
  const day = Date.UTC(at.year, at.month - 1, at.day);
  if (day < FIRST_SAFE_DAY) return null;
  const seconds = withTime ? at.hour * 3600 + at.minute * 60 + at.second : 0;
  return day / MS_PER_DAY + EXCEL_EPOCH_OFFSET + seconds / 86_400;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
