/** The export writers: columns in, a ReadableStream of the file's bytes out (no route, no database). */

export { assertColumns, type CellValue, type Column, type ColumnType, type Row } from "./columns";
export { csvStream, DEFAULT_CSV_OPTIONS, type CsvOptions } from "./csv";
export { xlsxStream } from "./xlsx";
export { odsStream } from "./ods";
export { MAX_SHEET_ROWS, type SheetOptions } from "./sheet-limits";
export { columnDictionaryMarkdown, EXPORT_CONVENTIONS_MARKDOWN, TYPE_LABELS } from "./dictionary";
export { EXPORT_FORMATS, exportFileName, type ExportFormat } from "./formats";
