/**
 * ODS export: a minimal OpenDocument spreadsheet (mimetype stored first, manifest, content.xml
 * written row by row). Same typing as XLSX: numbers as floats, dates and date-times as real dates
 * in Paris wall-clock time (ODF dates carry no zone), text kept exactly as typed, since a string
 * cell is never evaluated.
 */

import { toCell, type Cell } from "./cells";
import { assertColumns, type Column, type Row } from "./columns";
import { frenchDate, frenchDateTime, isoDate, isoLocalDateTime } from "../domain/paris-time";
import { textBatches, type RowRenderer } from "./batches";
import { assertSheetRow, clipCellText, safeSheetName, type SheetOptions } from "./sheet-limits";
import { xmlText } from "./xml-text";
import { contentHead, contentTail, manifestXml, ODS_MIMETYPE, ODS_STYLE } from "./ods-parts";
import { zipStream } from "./zip-stream";

export function odsStream(
  columns: readonly Column[],
  rows: AsyncIterable<Row>,
  options: Partial<SheetOptions> = {},
): ReadableStream<Uint8Array> {
  assertColumns(columns);
  const header = columns.map((c) => stringCell(c.header, ODS_STYLE.header)).join("");
  const renderer: RowRenderer = {
    head: contentHead(
      columns,
      safeSheetName(options.sheetName ?? "Export"),
      `<table:table-row>${header}</table:table-row>`,
    ),
    render(row, index) {
      assertSheetRow(index);
      let xml = "<table:table-row>";
      for (const column of columns) xml += odsCell(toCell(column.type, row[column.key]));
      return xml + "</table:table-row>";
    },
    tail: contentTail,
  };
  return zipStream(
    [
      { path: "META-INF/manifest.xml", content: manifestXml },
      { path: "content.xml", content: textBatches(rows, renderer) },
    ],
    // ODF requires it first and stored: readers and `file` look for the type at byte 38.
    { storedFirst: { path: "mimetype", content: ODS_MIMETYPE } },
  );
}

function odsCell(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "<table:table-cell/>";
    case "number":
      return `<table:table-cell office:value-type="float" office:value="${cell.value}"><text:p>${cell.value}</text:p></table:table-cell>`;
    case "date":
      return dateCell(ODS_STYLE.date, isoDate(cell.at), frenchDate(cell.at));
    case "datetime":
      return dateCell(ODS_STYLE.datetime, isoLocalDateTime(cell.at), frenchDateTime(cell.at));
    case "text":
      return stringCell(cell.text);
  }
}

function dateCell(style: string, value: string, shown: string): string {
  return `<table:table-cell table:style-name="${style}" office:value-type="date" office:date-value="${value}"><text:p>${shown}</text:p></table:table-cell>`;
}

function stringCell(raw: string, style?: string): string {
  const s = style ? ` table:style-name="${style}"` : "";
  return `<table:table-cell${s} office:value-type="string">${paragraphs(xmlText(clipCellText(raw)))}</table:table-cell>`;
}

/**
 * ODF collapses white space inside a paragraph (runs become one space, leading ones vanish) and
 * a line break is a new paragraph, so both must be written as elements to survive.
 */
export function paragraphs(escaped: string): string {
  if (!SPECIAL_WHITESPACE.test(escaped)) return `<text:p>${escaped}</text:p>`;
  return escaped
    .split("\n")
    .map((line) => (line === "" ? "<text:p/>" : `<text:p>${line.replace(WHITESPACE, whitespace)}</text:p>`))
    .join("");
}

const SPECIAL_WHITESPACE = /[\n\t]|^ | $| {2}/;
const WHITESPACE = /\t|^ +| +$| {2,}/g;

function whitespace(run: string, offset: number, line: string): string {
  if (run === "\t") return "<text:tab/>";
  const spaces = (n: number): string => (n === 1 ? "<text:s/>" : `<text:s text:c="${n}"/>`);
  // At either end of a line every space is significant; inside, the first one survives as is.
  if (offset === 0 || offset + run.length === line.length) return spaces(run.length);
  return ` ${spaces(run.length - 1)}`;
}
