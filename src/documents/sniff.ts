/** The real type of a file, read from its first bytes (an upload's name and header can lie). */

export const PDF = "application/pdf";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const ODT = "application/vnd.oasis.opendocument.text";

/** Word 97-2003 (.doc) and other OLE files; also how Office stores a password-protected DOCX. */
export const OLE_CONTAINER = "application/x-ole-storage";

export const ACCEPTED_MEDIA_TYPES: readonly string[] = [PDF, DOCX, ODT];

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

export function sniffMediaType(bytes: Uint8Array): string | null {
  // PDF readers accept the header anywhere in the first kilobyte.
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return PDF;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return sniffZip(bytes);
  if (bytes[0] === 0x89 && ascii(bytes, 1, 4) === "PNG") return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(bytes, 0, 8) === "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") return OLE_CONTAINER;
  return null;
}

// ODT stores an uncompressed "mimetype" entry first; DOCX has a word/ part somewhere in its names,
// in the first entries' headers or, when large media come first, in the central directory at the end.
function sniffZip(bytes: Uint8Array): string | null {
  const head = ascii(bytes, 30, 120);
  if (head.startsWith("mimetype") && head.includes(ODT)) return ODT;
  const latin1 = new TextDecoder("latin1");
  const names = latin1.decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  if (names.includes("word/document.xml")) return DOCX;
  const directory = latin1.decode(bytes.subarray(Math.max(0, bytes.length - (1 << 20))));
  if (directory.includes("word/document.xml")) return DOCX;
  return "application/zip";
}
