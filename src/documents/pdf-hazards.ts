/**
 * What a PDF carries that Cadre may refuse: scripts, launch actions, attached files, encryption.
 * Found by their names in the PDF's objects, including inside compressed object streams, where
 * modern writers (and anyone hiding something) put most dictionaries. Stream contents other
 * than object streams are skipped: page drawings and images hold no actions, and random bytes
 * would sometimes spell "/JS".
 */

import { inflateZlibBounded } from "./inflate-bounded";

export interface PdfHazards {
  readonly javascript: boolean;
  readonly launchAction: boolean;
  readonly embeddedFiles: boolean;
  readonly encrypted: boolean;
}

type Hazard = keyof PdfHazards;

const HAZARDS: Readonly<Record<string, Hazard>> = {
  JavaScript: "javascript",
  JS: "javascript",
  Launch: "launchAction",
  EmbeddedFile: "embeddedFiles",
  EmbeddedFiles: "embeddedFiles",
  Encrypt: "encrypted",
};

// Bounds on decompression: object streams are small; a bomb among them must not exhaust memory.
const MAX_OBJECT_STREAM_BYTES = 10 * 1024 * 1024;
const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

// A name runs until white space or a delimiter (PDF 32000-1, 7.2.2).
const NAME = /\/([^\s/[\]<>(){}%]+)/g;
const STREAM_START = />>\s*stream(?:\r\n|\n|\r)/g;

export function inspectPdfHazards(bytes: Uint8Array): PdfHazards {
  const found: Record<Hazard, boolean> = {
    javascript: false,
    launchAction: false,
    embeddedFiles: false,
    encrypted: false,
  };
  const raw = latin1(bytes);
  let budget = MAX_INFLATED_BYTES;
  let at = 0;
  STREAM_START.lastIndex = 0;
  for (let match = STREAM_START.exec(raw); match; match = STREAM_START.exec(raw)) {
    const dataStart = match.index + match[0].length;
    const dataEnd = raw.indexOf("endstream", dataStart);
    const objectText = raw.slice(at, match.index + 2);
    markNames(objectText, found);
    const dictionary = names(objectText.slice(Math.max(0, objectText.lastIndexOf("obj"))));
    if (dictionary.has("ObjStm") && budget > 0) {
      const inflated = tryInflate(dictionary, bytes.subarray(dataStart, dataEnd < 0 ? bytes.length : dataEnd), budget);
      if (inflated) {
        budget -= inflated.length;
        markNames(latin1(inflated), found);
      }
    }
    if (dataEnd < 0) return found;
    at = dataEnd;
    STREAM_START.lastIndex = dataEnd;
  }
  markNames(raw.slice(at), found);
  return found;
}

// Only FlateDecode alone (what writers use for object streams); anything else stays unread.
function tryInflate(dictionary: ReadonlySet<string>, data: Uint8Array, budget: number): Uint8Array | null {
  const filters = [...dictionary].filter((name) => name.endsWith("Decode") || name === "Fl");
  if (filters.length !== 1 || !(filters[0] === "FlateDecode" || filters[0] === "Fl")) return null;
  try {
    return inflateZlibBounded(data, Math.min(budget, MAX_OBJECT_STREAM_BYTES));
  } catch {
    return null; // encrypted or damaged: its names are out of reach
  }
}

function markNames(text: string, found: Record<Hazard, boolean>): void {
  for (const name of names(text)) {
    const hazard = HAZARDS[name];
    if (hazard) found[hazard] = true;
  }
}

/** Names with their #xx escapes decoded: "/J#61vaScript" is /JavaScript to a reader. */
function names(text: string): Set<string> {
  const result = new Set<string>();
  for (const [, name = ""] of text.matchAll(NAME)) {
    result.add(
      name.includes("#")
        ? name.replace(/#([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
        : name,
    );
  }
  return result;
}

// TextDecoder's "latin1" is not in every runtime; one char per byte is all this needs.
// apply() with a typed array is several times faster than spreading it (10 MB in ~0.1 s).
function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode.apply(null, bytes.subarray(start, start + 0x8000) as unknown as number[]);
  }
  return text;
}
