/** Serving an export: the right writer for the format, streamed, as an attachment. */

import type { Context } from "hono";
import { invalid } from "../domain/errors";
import {
  csvStream,
  EXPORT_FORMATS,
  exportFileName,
  odsStream,
  xlsxStream,
  type Column,
  type ExportFormat,
  type Row,
} from "../exports/index";
import type { AppEnv } from "./app-env";
import { dayPeriod, type DayPeriod } from "./day-period";

export function exportFormat(raw: string | undefined): ExportFormat {
  const format = raw ?? "csv";
  if (format === "csv" || format === "xlsx" || format === "ods") return format;
  throw invalid("Format inconnu : csv, xlsx ou ods.", { format: "Format inconnu." });
}

/** `du` and `au` (YYYY-MM-DD, both included); no dates means everything. */
export function exportPeriod(c: Context<AppEnv>): DayPeriod {
  return dayPeriod(c.req.query("du"), c.req.query("au"), ["du", "au"]);
}

export function streamExport(
  c: Context<AppEnv>,
  stem: string,
  format: ExportFormat,
  columns: readonly Column[],
  rows: AsyncIterable<Row>,
  separator: "," | ";" = ";",
  rowCount?: number,
): Response {
  const body =
    format === "csv"
      ? csvStream(columns, rows, { separator, bom: true })
      : format === "xlsx"
        ? xlsxStream(columns, rows, { sheetName: stem })
        : odsStream(columns, rows, { sheetName: stem });
  return exportResponse(stem, format, body, rowCount);
}

/**
 * The file as an attachment. `X-Export-Rows`, when known, is the number of data rows the file
 * will hold: a download has no length (it is streamed), so this is what lets app.js show real
 * progress ("123 000 lignes sur 1 000 000") while it reads the stream.
 */
function exportResponse(
  stem: string,
  format: ExportFormat,
  body: ReadableStream<Uint8Array>,
  rowCount?: number,
): Response {
  const headers: Record<string, string> = {
    "content-type": EXPORT_FORMATS[format].mediaType,
    "content-disposition": `attachment; filename="${exportFileName(stem, format, new Date())}"`,
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (rowCount !== undefined) headers[EXPORT_ROWS_HEADER] = String(rowCount);
  return new Response(body, { headers });
}

const EXPORT_ROWS_HEADER = "x-export-rows";

export function exportSeparator(c: Context<AppEnv>): "," | ";" {
  return c.req.query("separateur") === "virgule" ? "," : ";";
}
