/** The fixed parts of an ODS package: mimetype, manifest, and content.xml's opening and closing. */

import type { Column } from "./columns";
import { columnWidth } from "./sheet-limits";
import { xmlText } from "./xml-text";

export const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

export const manifestXml =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
  `<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODS_MIMETYPE}"/>` +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  "</manifest:manifest>";

const NAMESPACES = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  number: "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
};

/** Cell style names, used as `table:style-name` on cells. */
export const ODS_STYLE = { header: "ceHeader", date: "ceDate", datetime: "ceDateTime" } as const;

// A date cell without a data style shows as a serial number in LibreOffice: these show it the
// French way (dd/mm/yyyy [hh:mm:ss]) while the cell keeps a real date.
const DAY_PARTS =
  '<number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/>' +
  '<number:text>/</number:text><number:year number:style="long"/>';
const TIME_PARTS =
  '<number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>' +
  '<number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/>';
const CELL_STYLES =
  `<number:date-style style:name="nDate">${DAY_PARTS}</number:date-style>` +
  `<number:date-style style:name="nDateTime">${DAY_PARTS}${TIME_PARTS}</number:date-style>` +
  `<style:style style:name="${ODS_STYLE.header}" style:family="table-cell">` +
  '<style:text-properties fo:font-weight="bold"/></style:style>' +
  `<style:style style:name="${ODS_STYLE.date}" style:family="table-cell" style:data-style-name="nDate"/>` +
  `<style:style style:name="${ODS_STYLE.datetime}" style:family="table-cell" style:data-style-name="nDateTime"/>`;

/** Everything before the first data row: styles, the column definitions, the header row. */
export function contentHead(columns: readonly Column[], tableName: string, headerRow: string): string {
  const xmlns = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join("");
  // About 0.2 cm per character of the default 10 pt font.
  const widthStyles = columns
    .map((c, i) => {
      const cm = (columnWidth(c.header, c.type) * 0.2).toFixed(2);
      return `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${cm}cm"/></style:style>`;
    })
    .join("");
  const tableColumns = columns.map((_, i) => `<table:table-column table:style-name="co${i}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<office:document-content${xmlns} office:version="1.2">` +
    `<office:automatic-styles>${widthStyles}${CELL_STYLES}</office:automatic-styles>` +
    "<office:body><office:spreadsheet>" +
    `<table:table table:name="${xmlText(tableName)}">${tableColumns}` +
    `<table:table-header-rows>${headerRow}</table:table-header-rows>`
  );
}

export const contentTail = "</table:table></office:spreadsheet></office:body></office:document-content>";
