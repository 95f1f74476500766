/** The export writers: columns in, a ReadableStream of the file's bytes out (no route, no database). */

export { type Column, type Row } from "./columns";
export { csvStream } from "./csv";
export { xlsxStream } from "./xlsx";
export { odsStream } from "./ods";
export { EXPORT_FORMATS, exportFileName, type ExportFormat } from "./formats";
