/**
 * Undoing the predictors a FlateDecode or LZWDecode stream may declare (PDF 32000-1, 7.4.4.4):
 * pdf.js undoes them, pdf-lib's decoders do not, so an object stream written with one would be
 * read by a viewer and stay out of reach of the object walk without this.
 */

import { PDFDict, PDFName, PDFNumber, type PDFObject } from "pdf-lib";

interface Predictor {
  readonly predictor: number;
  readonly colors: number;
  readonly bitsPerComponent: number;
  readonly columns: number;
}

/** The declared predictor of a stream's (last) decode parameters, or null for none. */
export function predictorOf(parameters: PDFObject | undefined): Predictor | null {
  if (!(parameters instanceof PDFDict)) return null;
  const number = (key: string, fallback: number) => {
    const value = parameters.get(PDFName.of(key));
    return value instanceof PDFNumber ? value.asNumber() : fallback;
  };
  const predictor = number("Predictor", 1);
  if (predictor <= 1) return null;
  return {
    predictor,
    colors: number("Colors", 1),
    bitsPerComponent: number("BitsPerComponent", 8),
    columns: number("Columns", 1),
  };
}

/** The data before prediction; throws on parameters no genuine object stream would use. */
export function unpredict(data: Uint8Array, { predictor, colors, bitsPerComponent, columns }: Predictor): Uint8Array {
  const bytesPerPixel = Math.max(1, Math.ceil((colors * bitsPerComponent) / 8));
  const rowLength = Math.ceil((columns * colors * bitsPerComponent) / 8);
  if (!(rowLength > 0 && rowLength <= 1 << 20)) throw new RangeError("unusable predictor parameters");
  if (predictor === 2) {
    if (bitsPerComponent !== 8) throw new RangeError("TIFF predictor below 8 bits per component");
    const out = data.slice();
    for (let at = 0; at < out.length; at++) {
      if (at % rowLength >= bytesPerPixel) out[at] = (out[at]! + out[at - bytesPerPixel]!) & 0xff;
    }
    return out;
  }
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row++) {
    const type = data[row * (rowLength + 1)]!;
    const source = row * (rowLength + 1) + 1;
    const start = row * rowLength;
    for (let column = 0; column < rowLength; column++) {
      const left = column >= bytesPerPixel ? out[start + column - bytesPerPixel]! : 0;
      const up = row > 0 ? out[start - rowLength + column]! : 0;
      const upLeft = row > 0 && column >= bytesPerPixel ? out[start - rowLength + column - bytesPerPixel]! : 0;
      out[start + column] = (data[source + column]! + predicted(type, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predicted(type: number, left: number, up: number, upLeft: number): number {
  switch (type) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const [toLeft, toUp, toUpLeft] = [estimate - left, estimate - up, estimate - upLeft].map(Math.abs);
      return toLeft! <= toUp! && toLeft! <= toUpLeft! ? left : toUp! <= toUpLeft! ? up : upLeft;
    }
    default:
      throw new RangeError(`unknown PNG row filter ${type}`);
  }
}
