/**
 * Reading documents: text-PDF extraction + rules against poppler's pdftotext on the same
 * file; the rules alone against one regular-expression pass over the same text; OCR of one
 * scanned page (rasterising + recognition) against the `tesseract` command (Debian, French,
 * one thread) reading the same page image, rasterised once by our own code before the clock.
 */

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annotate } from "../src/annotator/annotate";
import { extractDocument } from "../src/documents/extract";
import { rasterisePdfPage } from "../src/documents/rasterise-node";
import { createNodeExtractor } from "../src/entry/node-reader";
import { renderTextPdf } from "../src/demo/pdf";
import { type Benchmark, medianMs, pairedMedianMs, round } from "./harness";
import { scannedPdf, twentyPageAct } from "./fixtures";

// The files the reference tools read, removed when the bench process ends.
const dir = mkdtempSync(join(tmpdir(), "cadre-bench-"));
process.once("exit", () => rmSync(dir, { recursive: true, force: true }));

export const documentBenchmarks: Benchmark[] = [
  {
    name: "pdf-text-20-pages",
    floor: "pdftotext -layout sur le même fichier",
    target: 2,
    async run() {
      const bytes = await renderTextPdf({ title: "Délibération", text: twentyPageAct() });
      const file = join(dir, "act.pdf");
      writeFileSync(file, bytes);
      const scopes = ["cnaf_quotient_familial", "cnaf_adresse", "cnaf_enfants"];
      // In alternation, so both sides see the same machine load.
      const [ours, baseline] = await pairedMedianMs(
        async () => {
          const read = await extractDocument(bytes, { allowOcr: false });
          annotate(
            { text: read.text, pageOffsets: read.pageOffsets, method: read.method, confidence: read.confidence },
            { scopes },
          );
        },
        () => execFileSync("pdftotext", ["-layout", file, "-"], { maxBuffer: 1 << 26 }),
      );
      return { ours: round(ours), floor: round(baseline), unit: "ms/document" };
    },
  },
  {
    name: "rules-20-pages",
    floor: "une passe d'expression régulière sur le même texte",
    async run() {
      const text = twentyPageAct();
      const pageOffsets = [...text.matchAll(/\f/g)].map((match) => match.index! + 1);
      const document = { text, pageOffsets: [0, ...pageOffsets], method: "text_layer", confidence: null };
      const ours = await medianMs(
        // A new object each time: a reading is cached per document object, and the cached path
        // (0.4 ms) is not what reading a new act costs.
        () => annotate({ ...document }, { scopes: ["cnaf_quotient_familial", "cnaf_adresse"] }),
        21,
        3,
      );
      const pattern = /quotient\s+familial/giu;
      const baseline = await medianMs(() => [...text.matchAll(pattern)].length, 21, 3);
      return {
        ours: round(ours, 3),
        floor: round(baseline, 3),
        unit: "ms/document",
        note: `${text.length} caractères`,
      };
    },
  },
  {
    name: "ocr-page",
    floor: "la commande tesseract (tesseract-ocr-fra, OMP_THREAD_LIMIT=1) sur la même image",
    target: 1.3,
    async run() {
      const bytes = await scannedPdf();
      const image = join(dir, "scan.png");
      writeFileSync(image, await rasterisePdfPage(bytes, 1));
      const extractor = createNodeExtractor();
      try {
        const tesseract = () =>
          execFileSync("tesseract", [image, "stdout", "-l", "fra"], {
            env: { ...process.env, OMP_THREAD_LIMIT: "1" },
            stdio: ["ignore", "pipe", "ignore"],
          });
        const [ours, floor] = await pairedMedianMs(() => extractor(bytes), tesseract, 5, 1);
        return { ours: round(ours / 1000, 3), floor: round(floor / 1000, 3), unit: "s/page" };
      } finally {
        await extractor.close();
      }
    },
  },
];
