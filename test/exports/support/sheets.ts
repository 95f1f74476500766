/**
 * Reading the writers' XLSX and ODS back: unzip with fflate, walk the sheet XML with the
 * project's XML reader, and apply each format's white-space rules, so the tests see the cells a
 * spreadsheet application would.
 */

import { strFromU8, unzipSync } from "fflate";
import { walkXml } from "../../../src/documents/xml";

export interface SheetCell {
  /** XLSX: `n`, `inlineStr`, or `n` with a date style; ODS: office:value-type. */
  readonly type: string;
  /** The number or date value as written (XLSX `<v>`, ODS office:value/date-value), or the text. */
  readonly value: string;
  readonly style?: string;
}

export type Sheet = (SheetCell | null)[][];

export function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

export function readXlsxSheet(xml: string): Sheet {
  const rows: Sheet = [];
  let row: (SheetCell | null)[] = [];
  let cell: { ref: string; type: string; style?: string; value: string } | null = null;
  let inValue = false;
  let preserve = false;
  walkXml(xml, {
    open(name, attributes) {
      if (name === "row") {
        row = [];
        if (Number(attributes.r) !== rows.length + 1) throw new Error(`row ${attributes.r} out of order`);
      } else if (name === "c") cell = { ref: attributes.r!, type: attributes.t ?? "n", style: attributes.s, value: "" };
      else if (name === "v" || name === "t") {
        inValue = true;
        preserve = attributes["xml:space"] === "preserve";
      }
    },
    text(text) {
      if (inValue && cell) cell.value += text;
    },
    close(name) {
      if (name === "v" || name === "t") {
        inValue = false;
        // Excel trims an unpreserved text.
        if (cell && !preserve) cell.value = cell.value.trim();
      } else if (name === "c" && cell) {
        const { ref, ...rest } = cell;
        const column = columnIndex(ref.replace(/\d+$/, ""));
        while (row.length < column) row.push(null);
        row.push(rest.style === undefined ? { type: rest.type, value: rest.value } : rest);
        cell = null;
      } else if (name === "row") rows.push(row);
    },
  });
  return rows;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** ODF collapses runs of space, tab, CR and LF in text to one space and drops them at paragraph ends. */
export function readOdsTable(xml: string): Sheet {
  const rows: Sheet = [];
  let row: (SheetCell | null)[] = [];
  let cell: { type: string; style?: string; value: string; paragraphs: string[] } | null = null;
  let paragraph: { text: string; raw: boolean }[] | null = null;
  walkXml(xml, {
    open(name, a) {
      if (name === "table:table-row") row = [];
      else if (name === "table:table-cell") {
        const type = a["office:value-type"] ?? "";
        cell = {
          type,
          style: a["table:style-name"],
          value: a["office:value"] ?? a["office:date-value"] ?? "",
          paragraphs: [],
        };
      } else if (name === "text:p") paragraph = [];
      else if (name === "text:s") paragraph?.push({ text: " ".repeat(Number(a["text:c"] ?? "1")), raw: false });
      else if (name === "text:tab") paragraph?.push({ text: "\t", raw: false });
      else if (name === "text:line-break") paragraph?.push({ text: "\n", raw: false });
    },
    text(text) {
      paragraph?.push({ text: text.replace(/[ \t\r\n]+/g, " "), raw: true });
    },
    close(name) {
      if (name === "text:p" && paragraph && cell) {
        const first = paragraph[0];
        const last = paragraph[paragraph.length - 1];
        if (first?.raw) first.text = first.text.replace(/^ /, "");
        if (last?.raw) last.text = last.text.replace(/ $/, "");
        cell.paragraphs.push(paragraph.map((p) => p.text).join(""));
        paragraph = null;
      } else if (name === "table:table-cell" && cell) {
        const { paragraphs, ...rest } = cell;
        const value = rest.type === "string" ? paragraphs.join("\n") : rest.value;
        row.push(rest.type === "" ? null : { type: rest.type, value, ...(rest.style ? { style: rest.style } : {}) });
        cell = null;
      } else if (name === "table:table-row") rows.push(row);
    },
  });
  return rows;
}

/** The first local file header of a zip, as a streaming reader sees it. */
export function firstZipEntry(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) throw new Error("not a zip local header");
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = strFromU8(bytes.subarray(30, 30 + nameLength));
  return {
    name,
    method: view.getUint16(8, true),
    dataDescriptor: (view.getUint16(6, true) & 8) !== 0,
    crc: view.getUint32(14, true),
    compressedSize: view.getUint32(18, true),
    size: view.getUint32(22, true),
    extraLength,
    dataAt: 30 + nameLength + extraLength,
  };
}
