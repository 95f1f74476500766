/** What a route needs to serve an export: media type and file extension per format. */

import { isoDate, parisWallClock } from "../domain/paris-time";

export type ExportFormat = "csv" | "xlsx" | "ods";

export const EXPORT_FORMATS: Readonly<
  Record<ExportFormat, { readonly mediaType: string; readonly extension: string }>
> = {
  csv: { mediaType: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  ods: { mediaType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
};

/**
 * `decisions-2024-03-05.csv` (the day in Paris): ASCII only, so Content-Disposition needs no
 * RFC 5987 encoding and no browser mangles the name.
 */
export function exportFileName(stem: string, format: ExportFormat, now: Date): string {
  const ascii = stem
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return `${ascii || "export"}-${isoDate(parisWallClock(now))}.${EXPORT_FORMATS[format].extension}`;
}
