/**
 * Node only: OCR with tesseract.js and the French model shipped in node_modules
 * (@tesseract.js-data/fra), so that reading a scan never touches the network.
 */

import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createWorker, OEM } from "tesseract.js";
import type { OcrEngine } from "./ocr-engine";

// 4.0.0_best_int is the LSTM model tesseract.js itself picks for LSTM_ONLY: accurate and small.
const MODEL_FOLDER = "4.0.0_best_int";

export async function createNodeOcr(): Promise<OcrEngine> {
  const dataPackage = createRequire(import.meta.url).resolve("@tesseract.js-data/fra/package.json");
  const worker = await createWorker("fra", OEM.LSTM_ONLY, {
    langPath: join(dirname(dataPackage), MODEL_FOLDER),
    gzip: true,
    // "none": read the model from node_modules each time, never write a cache file in the cwd.
    cacheMethod: "none",
    // Without a handler, tesseract.js rethrows a failed job (an undecodable image) from its
    // message listener and brings the whole process down; the job's promise rejects anyway.
    errorHandler: () => {},
  });
  return {
    async recognise(image) {
      const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
      return { text: data.text, confidence: data.confidence };
    },
    async close() {
      await worker.terminate();
    },
  };
}
