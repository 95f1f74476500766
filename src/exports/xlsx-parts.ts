/** The fixed parts of an XLSX package: content types, relationships, workbook and styles. */

import { xmlText } from "./xml-text";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const SHEET_PATH = "xl/worksheets/sheet1.xml";

/** Indices into cellXfs below, used as `s="…"` on cells. */
export const XLSX_STYLE = { header: 1, date: 2, datetime: 3, quotePrefix: 4 } as const;

export const contentTypesXml =
  XML_HEAD +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
  `<Override PartName="/${SHEET_PATH}" ContentType="${CT}.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
  "</Types>";

export const packageRelsXml =
  XML_HEAD +
  `<Relationships xmlns="${PKG_RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>` +
  "</Relationships>";

export const workbookRelsXml =
  XML_HEAD +
  `<Relationships xmlns="${PKG_RELS}">` +
  `<Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${DOC_RELS}/styles" Target="styles.xml"/>` +
  "</Relationships>";

export function workbookXml(sheetName: string): string {
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}">` +
    "<bookViews><workbookView/></bookViews>" +
    `<sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    "</workbook>"
  );
}

// Dates are shown the French way; the cell holds a real date, so sorting and filters work and the
// user can pick another format. quotePrefix marks risky-looking text: the value is unchanged, but
// Excel will not turn it into a formula if the user edits the cell and presses Enter.
const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const XF = 'fillId="0" borderId="0" xfId="0"';
export const stylesXml =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
  '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm:ss"/></numFmts>' +
  `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  `<xf numFmtId="0" fontId="0" ${XF}/>` +
  `<xf numFmtId="0" fontId="1" ${XF} applyFont="1"/>` +
  `<xf numFmtId="164" fontId="0" ${XF} applyNumberFormat="1"/>` +
  `<xf numFmtId="165" fontId="0" ${XF} applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="0" ${XF} quotePrefix="1"/>` +
  "</cellXfs>" +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";
