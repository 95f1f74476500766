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

export function exportFormat(raw: string | undefined): ExportFormat {
  const format = raw ?? "csv";
  if (format === "csv" || format === "xlsx" || format === "ods") return format;
  throw invalid("Format inconnu : csv, xlsx ou ods.", { format: "Format inconnu." });
}

const DAY = 86_400_000;

/** `du` and `au` (YYYY-MM-DD, both included); no dates means everything. */
export function exportPeriod(c: Context<AppEnv>): { from: number; to: number } {
  const day = (name: string) => {
    const value = c.req.query(name);
    if (!value) return undefined;
    const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
    if (Number.isNaN(at)) throw invalid(`« ${name} » doit être une date (AAAA-MM-JJ).`, { [name]: "Date invalide." });
    return at;
  };
  const from = day("du") ?? 0;
  const until = day("au");
  return { from, to: until === undefined ? Number.MAX_SAFE_INTEGER : until + DAY };
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
