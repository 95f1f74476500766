/**
 * Writes a pdf-lib document the way a hostile file would: every dictionary inside one object
 * stream encoded with the chosen filter, found through a cross-reference stream. No action,
 * annotation or catalog entry is left readable in the file's bytes; only a real parser that
 * decodes the filter sees them. pdf-lib parses such files but cannot write them.
 */

import { PDFDocument, PDFRawStream, type PDFObject } from "pdf-lib";
import { encodeWith, type StreamFilter } from "./pdf-filters";

export interface WriteOptions {
  /** Rows of a PNG predictor under the filter, which pdf.js undoes and pdf-lib's decoders do not. */
  readonly pngPredictor?: boolean;
  /** No /Type /ObjStm: pdf.js reads the stream as an object stream all the same. */
  readonly untyped?: boolean;
}

export async function writeWithHiddenObjects(
  pdf: PDFDocument,
  filter: StreamFilter = "ASCIIHexDecode",
  options: WriteOptions = {},
): Promise<Uint8Array> {
  // A save and a load turn fonts, pages and forms into plain indirect objects.
  const { context } = await PDFDocument.load(await pdf.save({ useObjectStreams: false }));
  const objects = context
    .enumerateIndirectObjects()
    .sort(([a], [b]) => a.objectNumber - b.objectNumber)
    .map(([ref, object]) => ({ number: ref.objectNumber, object }));
  const streams = objects.filter(({ object }) => object instanceof PDFRawStream);
  const hidden = objects.filter(({ object }) => !(object instanceof PDFRawStream));
  const last = Math.max(...objects.map(({ number }) => number));
  const objectStream = last + 1;
  const xrefStream = last + 2;

  const out = new Chunks();
  out.text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
  const offsets = new Map<number, number>();
  for (const { number, object } of streams) {
    offsets.set(number, out.length);
    out.text(`${number} 0 obj\n`).bytes(bytesOf(object)).text("\nendobj\n");
  }

  const bodies = new Chunks();
  const header: string[] = [];
  for (const { number, object } of hidden) {
    header.push(`${number} ${bodies.length}`);
    bodies.bytes(bytesOf(object)).text("\n");
  }
  const first = header.join(" ") + "\n";
  const plain = new Chunks().text(first).bytes(bodies.join()).join();
  const encoded = encodeWith(filter, options.pngPredictor ? withPngRows(plain) : plain);
  offsets.set(objectStream, out.length);
  out
    .text(
      `${objectStream} 0 obj\n<< ${options.untyped ? "" : "/Type /ObjStm "}/N ${hidden.length} /First ${first.length} `,
    )
    .text(options.pngPredictor ? `/DecodeParms << /Predictor 12 /Columns ${PNG_COLUMNS} >> ` : "")
    .text(`/Filter /${filter} /Length ${encoded.length} >>\nstream\n`)
    .bytes(encoded)
    .text("\nendstream\nendobj\n");

  offsets.set(xrefStream, out.length);
  const rows = new Uint8Array((xrefStream + 1) * 7);
  for (let number = 0; number <= xrefStream; number++) {
    const index = hidden.findIndex((entry) => entry.number === number);
    const offset = offsets.get(number);
    if (index >= 0) row(rows, number, 2, objectStream, index);
    else if (offset !== undefined) row(rows, number, 1, offset, 0);
    else row(rows, number, 0, 0, 0xffff);
  }
  const trailer = context.trailerInfo;
  out
    .text(`${xrefStream} 0 obj\n<< /Type /XRef /Size ${xrefStream + 1} /W [1 4 2] /Root ${String(trailer.Root)}`)
    .text(trailer.Info ? ` /Info ${String(trailer.Info)}` : "")
    .text(` /Length ${rows.length} >>\nstream\n`)
    .bytes(rows)
    .text(`\nendstream\nendobj\nstartxref\n${offsets.get(xrefStream)}\n%%EOF\n`);
  return out.join();
}

const PNG_COLUMNS = 4;

// PNG predictors (PDF 32000-1, 7.4.4.4): each row of PNG_COLUMNS bytes after its filter type,
// here 0 ("None"), so the rows are the data itself, split and tagged.
function withPngRows(data: Uint8Array): Uint8Array {
  const rows = Math.ceil(data.length / PNG_COLUMNS);
  const out = new Uint8Array(rows * (PNG_COLUMNS + 1));
  for (let index = 0; index < rows; index++) {
    out.set(data.subarray(index * PNG_COLUMNS, (index + 1) * PNG_COLUMNS), index * (PNG_COLUMNS + 1) + 1);
  }
  return out;
}

function row(rows: Uint8Array, number: number, type: number, field2: number, field3: number): void {
  const view = new DataView(rows.buffer);
  view.setUint8(number * 7, type);
  view.setUint32(number * 7 + 1, field2);
  view.setUint16(number * 7 + 5, field3);
}

function bytesOf(object: PDFObject): Uint8Array {
  const buffer = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(buffer, 0);
  return buffer;
}

class Chunks {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  text(text: string): this {
    return this.bytes(Uint8Array.from(text, (char) => char.charCodeAt(0)));
  }

  bytes(bytes: Uint8Array): this {
    this.parts.push(bytes);
    this.length += bytes.length;
    return this;
  }

  join(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}
