/**
 * `npm run --silent eval -- DIR [--json]`: annotates every DIR/docs/<id>.txt listed in
 * DIR/manifest.jsonl (no scopes) and prints precision, recall and F1 per signal against the
 * manifest's labels, then the disagreements. Errors: one French line on stderr, exit code 2.
 */

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { annotate } from "../annotator/annotate";
import { evaluate, formatEvaluation, type LabelledCase } from "../annotator/evaluate";
import { readPlainText } from "../documents/plain-text";
import type { SignalKey } from "../rules/rule-types";

interface ManifestLine {
  readonly id: string;
  readonly labels: Partial<Record<SignalKey, boolean>>;
}

function parseManifest(text: string, path: string): ManifestLine[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line !== "")
    .map(({ line, index }) => {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch {
        throw new Error(`${path}, ligne ${index + 1} : JSON invalide.`);
      }
      const { id, labels } = (entry ?? {}) as Partial<ManifestLine>;
      if (typeof id !== "string" || typeof labels !== "object" || labels === null) {
        throw new Error(`${path}, ligne ${index + 1} : « id » ou « labels » manquant.`);
      }
      return { id, labels };
    });
}

async function run(args: readonly string[]): Promise<void> {
  const json = args.includes("--json");
  const dirs = args.filter((arg) => !arg.startsWith("--"));
  if (dirs.length !== 1) throw new Error("Usage : npm run --silent eval -- DOSSIER [--json]");
  const dir = dirs[0] ?? "";
  const manifestPath = join(dir, "manifest.jsonl");
  const manifest = parseManifest(
    await readFile(manifestPath, "utf8").catch(() => {
      throw new Error(`Manifeste introuvable : ${manifestPath}`);
    }),
    manifestPath,
  );
  const cases: LabelledCase[] = [];
  for (const entry of manifest) {
    const path = join(dir, "docs", `${entry.id}.txt`);
    const bytes = await readFile(path).catch(() => {
      throw new Error(`Document introuvable : ${path}`);
    });
    const extraction = readPlainText(new Uint8Array(bytes));
    const annotation = annotate(
      { text: extraction.text, pageOffsets: extraction.pageOffsets, method: extraction.method, confidence: null },
      { scopes: [] },
    );
    cases.push({ id: entry.id, expected: entry.labels, got: annotation.signals });
  }
  const evaluation = evaluate(cases);
  process.stdout.write(json ? `${JSON.stringify(evaluation)}\n` : `${formatEvaluation(evaluation, dir)}\n`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error instanceof Error ? error.message : String(error)).split("\n")[0]}\n`);
  process.exitCode = 2;
});
