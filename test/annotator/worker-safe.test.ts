/**
 * The annotator must run in Workers: bundled the way wrangler bundles (esbuild, browser
 * platform, workerd conditions), annotate.ts must reach no Node built-in and no extractor.
 */

import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

describe("annotate.ts's import graph", () => {
  it("bundles for Workers with rules, signals and normalisation only", async () => {
    const result = await build({
      entryPoints: ["src/annotator/annotate.ts"],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["workerd", "worker", "browser"],
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys((result.metafile as Metafile).inputs);
    expect(inputs.filter((input) => /node_modules|node:/.test(input))).toEqual([]);
    expect(inputs.filter((input) => /src\/documents\/(?:extract|pdf-|ocr-|docx|odt)/.test(input))).toEqual([]);
    expect(inputs).toContain("src/rules/index.ts");
  }, 30_000);
});
