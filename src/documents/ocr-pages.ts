/** OCR of a document page by page, under the deadline; an engine error becomes a French failure. */

import type { Deadline } from "./deadline";
import { ExtractionFailure, messages } from "./extraction-failure";
import type { OcrEngine } from "./ocr-engine";
import { tidyPage } from "./pages";

export interface RecognisedPages {
  readonly pages: string[];
  readonly confidences: number[];
}

export async function recognisePages(
  count: number,
  imageOf: (pageNumber: number) => Promise<Uint8Array>,
  ocr: OcrEngine,
  deadline: Deadline,
): Promise<RecognisedPages> {
  const pages: string[] = [];
  const confidences: number[] = [];
  for (let number = 1; number <= count; number++) {
    deadline.check();
    try {
      const image = await imageOf(number);
      deadline.check();
      const { text, confidence } = await ocr.recognise(image);
      pages.push(tidyPage(text));
      confidences.push(Number.isFinite(confidence) ? Math.min(100, Math.max(0, confidence)) : 0);
    } catch (error) {
      throw error instanceof ExtractionFailure ? error : new ExtractionFailure(messages.ocrFailed);
    }
  }
  return { pages, confidences };
}

export function meanConfidence(confidences: readonly number[]): number | null {
  if (confidences.length === 0) return null;
  return confidences.reduce((sum, value) => sum + value, 0) / confidences.length;
}
