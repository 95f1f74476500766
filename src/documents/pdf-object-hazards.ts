/**
 * Every object of a PDF (pdf-objects.ts: each one in the file and in its object streams, behind
 * every standard filter and predictor) looked at for actions and embedded content. It completes
 * what pdf.js's document model reports (pdf-model-hazards.ts), which leaves out what a viewer in
 * a browser never runs: launch actions, actions chained with /Next, scripts in bookmarks or in a
 * link's additional actions, and objects no page points to. Nothing relies on the raw bytes'
 * spelling: names are compared once their #xx escapes are decoded.
 */

import { PDFArray, PDFDict, PDFHexString, PDFName, PDFStream, PDFString, type PDFObject } from "pdf-lib";
import type { Deadline } from "./deadline";
import { isJavaScriptUrl, MULTIMEDIA_ACTIONS, MULTIMEDIA_SUBTYPES, type PdfHazard } from "./pdf-hazard-kinds";
import { forEachObject } from "./pdf-objects";

// Direct objects nest; a hostile file could nest them deeply to exhaust the stack.
const MAX_DEPTH = 64;

/** The hazards found; throws ExtractionFailure when a stream decodes past its cap. */
export async function findObjectHazards(bytes: Uint8Array, deadline: Deadline): Promise<Set<PdfHazard>> {
  const found = new Set<PdfHazard>();
  await forEachObject(bytes, deadline, (object) => visit(object, found, 0));
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
