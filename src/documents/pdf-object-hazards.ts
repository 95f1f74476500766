/**
 * Every object of a PDF, as pdf-lib parses it, looked at for actions and embedded content. It
 * completes what pdf.js's document model reports (pdf-model-hazards.ts), which leaves out what a
 * viewer in a browser never runs: launch actions, actions chained with /Next, scripts in
 * bookmarks or in a link's additional actions. pdf-lib reads the file from start to end, so it
 * also sees objects no page points to, and it decodes object streams behind every standard
 * filter (Flate, LZW, ASCIIHex, ASCII85, RunLength): nothing relies on the file's raw bytes.
 */

import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFStream,
  PDFString,
  type PDFObject,
} from "pdf-lib";
import { isJavaScriptUrl, MULTIMEDIA_ACTIONS, MULTIMEDIA_SUBTYPES, type PdfHazard } from "./pdf-hazard-kinds";

// Direct objects nest; a hostile file could nest them deeply to exhaust the stack.
const MAX_DEPTH = 64;

/** The hazards found; throws when pdf-lib cannot parse the file at all. */
export async function findObjectHazards(bytes: Uint8Array): Promise<Set<PdfHazard>> {
  const pdf = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    // Yields to the event loop every 1,500 objects, so the upload's time bound can stop waiting.
    parseSpeed: ParseSpeeds.Fast,
  });
  const found = new Set<PdfHazard>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object, found, 0);
  return found;
}

function visit(object: PDFObject, found: Set<PdfHazard>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (object instanceof PDFStream) visit(object.dict, found, depth + 1);
  else if (object instanceof PDFArray) for (const item of object.asArray()) visit(item, found, depth + 1);
  else if (object instanceof PDFDict) {
    const entries = new Map(object.entries().map(([key, value]) => [nameOf(key), value]));
    inspect(entries, found);
    for (const value of entries.values()) visit(value, found, depth + 1);
  }
}

function inspect(entries: ReadonlyMap<string, PDFObject>, found: Set<PdfHazard>): void {
  const type = nameOrNull(entries.get("S"));
  if (type === "JavaScript" || entries.has("JS")) found.add("javascript");
  if (type === "Launch") found.add("launch");
  if (type === "URI" && isJavaScriptUrl(textOrNull(entries.get("URI")))) found.add("javascript");
  if (type && MULTIMEDIA_ACTIONS.has(type)) found.add("multimedia");
  const subtype = nameOrNull(entries.get("Subtype"));
  if (subtype && MULTIMEDIA_SUBTYPES.has(subtype)) found.add("multimedia");
  if (
    subtype === "FileAttachment" ||
    nameOrNull(entries.get("Type")) === "EmbeddedFile" ||
    entries.has("EF") ||
    entries.has("EmbeddedFiles") ||
    entries.has("Collection")
  )
    found.add("attachment");
  if (entries.has("XFA")) found.add("xfa");
}

function nameOrNull(object: PDFObject | undefined): string | null {
  return object instanceof PDFName ? nameOf(object) : null;
}

// pdf-lib decodes #xx escapes in upper case only; readers accept both cases ("/J#61vaScript").
function nameOf(name: PDFName): string {
  return name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function textOrNull(object: PDFObject | undefined): string | null {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : null;
}
