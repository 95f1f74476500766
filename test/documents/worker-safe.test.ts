/**
 * extract.ts and upload.ts (the upload's check, with pdf.js and pdf-lib) must run in Workers: bundling it the way wrangler does (esbuild, browser platform,
 * workerd conditions, dynamic imports followed) must not reach Node built-ins, tesseract.js or
 * a canvas.
 */

import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const FORBIDDEN = /tesseract|@napi-rs|canvas|(^|\/)ocr-node\.ts$|(^|\/)rasterise-node\.ts$/;

async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    conditions: ["workerd", "worker", "browser"],
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys((result.metafile as Metafile).inputs);
}

describe("extract.ts's import graph", () => {
  it("bundles for Workers without Node built-ins, OCR or canvas", async () => {
    const inputs = await bundleInputs("src/documents/extract.ts");
    expect(inputs.filter((input) => FORBIDDEN.test(input))).toEqual([]);
    expect(inputs.some((input) => input.includes("node_modules/unpdf/"))).toBe(true);
    expect(inputs.some((input) => input.includes("node_modules/fflate/esm/browser.js"))).toBe(true);
  }, 30_000);

  it("bundles the upload's check for Workers with the same pdf.js, and pdf-lib", async () => {
    const inputs = await bundleInputs("src/documents/upload.ts");
    expect(inputs.filter((input) => FORBIDDEN.test(input))).toEqual([]);
    expect(inputs.filter((input) => /pdfjs/.test(input))).toEqual(["node_modules/unpdf/dist/pdfjs.mjs"]);
    expect(inputs.some((input) => input.includes("node_modules/pdf-lib/"))).toBe(true);
  }, 30_000);

  it("and the same check does catch the Node-only modules", async () => {
    await expect(bundleInputs("src/documents/ocr-node.ts")).rejects.toThrow(/node:module|node:path/);
  }, 30_000);
});
