/**
 * A .txt file as an extraction result: UTF-8 when it is valid UTF-8, else Windows-1252 (old
 * exports), BOM dropped, pages split on form feeds like the other extractors do.
 */

import type { ExtractionResult } from "./extraction-types";

const UTF8_BOM = "\ufeff";

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the usual culprit is a Windows export; Latin-1 reads every byte anyway.
    try {
      text = new TextDecoder("windows-1252").decode(bytes);
    } catch {
      text = new TextDecoder("latin1").decode(bytes);
    }
  }
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}

function pageOffsetsOf(text: string): number[] {
  const offsets = [0];
  for (let i = text.indexOf("\f"); i !== -1; i = text.indexOf("\f", i + 1)) offsets.push(i + 1);
  return offsets;
}

export function readPlainText(bytes: Uint8Array): ExtractionResult {
  const text = decodeText(bytes);
  return {
    status: "done",
    method: "plain",
    text,
    pageOffsets: pageOffsetsOf(text),
    confidence: null,
    pageConfidences: [],
    error: null,
  };
}
