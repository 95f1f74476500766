/**
 * `npm run --silent eval -- DIR [--json]`: annotates every DIR/docs/<id>.txt listed in
 * DIR/manifest.jsonl (as if the request asked for the three CAF criterion scopes) and prints
 * precision, recall and F1 per signal against the manifest's labels, the precision of the
 * "non justifiée" verdicts, then each disagreement with the passage read or its near miss. Errors: one French line on stderr, exit code 2.
 */

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { annotate } from "../annotator/annotate";
import {
  evaluate,
  formatEvaluation,
  SCOPE_OF_SIGNAL,
  type LabelledCase,
  type VerdictStatus,
} from "../annotator/evaluate";
import { readPlainText } from "../documents/plain-text";
import { SIGNAL_KEYS, type Annotation, type SignalKey } from "../rules/rule-types";

interface ManifestLine {
  readonly id: string;
  readonly labels: Partial<Record<SignalKey, boolean>>;
  readonly evidence?: Partial<Record<SignalKey, string>>;
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
      const { id, labels, evidence } = (entry ?? {}) as Partial<ManifestLine>;
      if (typeof id !== "string" || typeof labels !== "object" || labels === null) {
        throw new Error(`${path}, ligne ${index + 1} : « id » ou « labels » manquant.`);
      }
      return { id, labels, ...(typeof evidence === "object" && evidence !== null ? { evidence } : {}) };
    });
}

const CRITERION_SCOPES = Object.values(SCOPE_OF_SIGNAL);

/** The labels beside what Cadre read: its passages, its near misses and its verdict per criterion scope. */
function labelledCase(entry: ManifestLine, annotation: Annotation): LabelledCase {
  const passages: Partial<Record<SignalKey, string>> = {};
  const verdicts: Partial<Record<SignalKey, VerdictStatus>> = {};
  for (const signal of SIGNAL_KEYS) {
    const found = annotation.evidence[signal]?.[0];
    const scope = SCOPE_OF_SIGNAL[signal];
    const finding = scope
      ? annotation.findings.find((f) => f.ruleId === "scope-justification" && f.scope === scope)
      : undefined;
    const nearMiss = finding && finding.status !== "pass" ? finding.evidence[0] : undefined;
    const passage = found ?? nearMiss;
    if (passage) passages[signal] = passage.quote;
    if (finding && (finding.status === "pass" || finding.status === "fail" || finding.status === "warning")) {
      verdicts[signal] = finding.status;
    }
  }
  return {
    id: entry.id,
    expected: entry.labels,
    got: annotation.signals,
    passages,
    verdicts,
    ...(entry.evidence ? { expectedQuotes: entry.evidence } : {}),
  };
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
      { scopes: CRITERION_SCOPES },
    );
    cases.push(labelledCase(entry, annotation));
  }
  const evaluation = evaluate(cases);
  process.stdout.write(json ? `${JSON.stringify(evaluation)}\n` : `${formatEvaluation(evaluation, dir)}\n`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error instanceof Error ? error.message : String(error)).split("\n")[0]}\n`);
  process.exitCode = 2;
});
