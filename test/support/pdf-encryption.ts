/**
 * Encrypts a pdf-lib document for real with the standard security handler (revision 2, RC4
 * 40 bits, PDF 32000-1 §7.6.3): every stream and string enciphered with its object's key,
 * /Encrypt and /ID in the trailer. Test-only: pdf-lib cannot encrypt, and a bare /Encrypt entry would not be honest.
 */

import { createHash } from "node:crypto";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  PDFWriter,
  type PDFObject,
} from "pdf-lib";

// The spec's padding string (Algorithm 2, step a).
const PADDING = Uint8Array.from(Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex"));
const PERMISSIONS = -44; // print and copy refused: what "protected" exports usually set

/** Create the document with `updateMetadata: false`: the trailer's /Info strings stay readable. */
export async function encryptPdf(pdf: PDFDocument, userPassword: string): Promise<Uint8Array> {
  await pdf.flush(); // fonts and content streams exist only once flushed
  const { context } = pdf;
  const id = md5(Buffer.from("cadre-fixture"));
  const owner = rc4(md5(pad("owner-secret")).subarray(0, 5), pad(userPassword));
  const permissions = new Uint8Array(new Int32Array([PERMISSIONS]).buffer); // little-endian
  const fileKey = md5(concat(pad(userPassword), owner, permissions, id)).subarray(0, 5);
  const hex = (bytes: Uint8Array) => PDFHexString.of(Buffer.from(bytes).toString("hex"));
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const { objectNumber: n, generationNumber: g } = ref;
    const salt = new Uint8Array([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, g & 0xff, (g >> 8) & 0xff]);
    const objectKey = md5(concat(fileKey, salt)).subarray(0, 10);
    const encipher = (value: PDFObject): PDFObject => {
      if (value instanceof PDFString || value instanceof PDFHexString) return hex(rc4(objectKey, value.asBytes()));
      if (value instanceof PDFArray) value.asArray().forEach((item, index) => value.set(index, encipher(item)));
      if (value instanceof PDFDict) for (const [key, item] of value.entries()) value.set(key, encipher(item));
      return value;
    };
    if (!(object instanceof PDFStream)) {
      encipher(object);
      continue;
    }
    object.updateDict(); // sets /Filter and /Length of the encoded contents
    context.assign(ref, PDFRawStream.of(object.dict, rc4(objectKey, object.getContents())));
  }
  const encrypt = context.obj({ Filter: "Standard", V: 1, R: 2, P: PERMISSIONS });
  encrypt.set(PDFName.of("O"), hex(owner));
  encrypt.set(PDFName.of("U"), hex(rc4(fileKey, PADDING)));
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([hex(id), hex(id)]);
  // PDFDocument.save() would flush again; the writer serialises the context as it now is.
  return PDFWriter.forContext(context, 50).serializeToBuffer();
}

function pad(password: string): Uint8Array {
  return concat(Buffer.from(password, "latin1").subarray(0, 32), PADDING).subarray(0, 32);
}

function md5(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("md5").update(data).digest());
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
