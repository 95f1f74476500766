import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SIGNAL_KEYS } from "../../src/rules/rule-types";
import { CANTEEN_DELIBERATION, FLAT_TARIFF_PAGE, GENERIC_API_DELIBERATION } from "../support/acts";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const dir = mkdtempSync(join(tmpdir(), "cadre-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(entry: string, args: string[]) {
  const result = spawnSync(TSX, [join("src", "entry", entry), ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("annotate CLI", () => {
  it("prints one JSON object for a .txt, with signals, findings and suggestion", () => {
    const file = join(dir, "deliberation.txt");
    writeFileSync(file, CANTEEN_DELIBERATION, "utf8");
    const { code, stdout } = run("annotate-cli.ts", [
      "--json",
      "--scopes",
      "cnaf_quotient_familial,cnaf_adresse",
      file,
    ]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const output = JSON.parse(stdout);
    expect(output.file).toBe(file);
    expect(output.extraction).toMatchObject({ status: "done", method: "plain", pages: 2 });
    expect(Object.keys(output.signals)).toEqual([...SIGNAL_KEYS]);
    expect(
      output.findings.some(
        (f: { scope?: string; status: string }) => f.scope === "cnaf_adresse" && f.status === "pass",
      ),
    ).toBe(true);
    expect(output.suggestion.decision).toBe("accept");
    const quote = output.evidence.tariff_by_quotient_familial[0];
    expect(CANTEEN_DELIBERATION.slice(quote.start, quote.end)).toBe(quote.quote);
  });

  it("reads a Windows-1252 .txt and accepts --scopes=…", () => {
    const file = join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from(GENERIC_API_DELIBERATION, "latin1"));
    const { code, stdout } = run("annotate-cli.ts", ["--json", "--scopes=cnaf_quotient_familial", file]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.signals.is_deliberation).toBe(true);
    expect(output.suggestion.decision).toBe("request_tariff_act");
  });

  it("prints a French report without --json", () => {
    const file = join(dir, "page.txt");
    writeFileSync(file, FLAT_TARIFF_PAGE, "utf8");
    const { code, stdout } = run("annotate-cli.ts", [file]);
    expect(code).toBe(0);
    expect(stdout).toContain("Suggestion : demander l'acte tarifaire");
  });

  it.each([
    [["--json", join(dir, "absent.txt")], /^Fichier introuvable/],
    [["--json", join(dir, "note.doc")], /^Format non pris en charge/],
    [["--json"], /^Fichier manquant/],
    [["--json", "--scopes"], /^Option --scopes : valeur manquante/],
    [["--json", "--vite", "x.txt"], /^Option inconnue/],
  ])("%j: one French line on stderr, exit code 2", (args, message) => {
    const { code, stderr, stdout } = run("annotate-cli.ts", args);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });
});

describe("eval CLI", () => {
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "docs"), { recursive: true });
  writeFileSync(join(corpus, "docs", "a.txt"), CANTEEN_DELIBERATION);
  writeFileSync(join(corpus, "docs", "b.txt"), FLAT_TARIFF_PAGE);
  const labels = (over: Record<string, boolean>) => ({
    ...Object.fromEntries(SIGNAL_KEYS.map((k) => [k, false])),
    ...over,
  });
  writeFileSync(
    join(corpus, "manifest.jsonl"),
    [
      { id: "a", labels: labels(Object.fromEntries(SIGNAL_KEYS.map((k) => [k, true]))) },
      // a deliberately wrong label, to see a disagreement reported
      { id: "b", labels: labels({ fixes_tariffs: true, tariff_by_residence: true }) },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n"),
  );

  it("prints precision, recall and F1 per signal, then the disagreements", () => {
    const { code, stdout } = run("eval-cli.ts", [corpus]);
    expect(code).toBe(0);
    expect(stdout).toContain("précision");
    expect(stdout).toMatch(/tariff_by_residence\s+1\s+0\s+1\s+0/);
    expect(stdout).toContain("b — tariff_by_residence : attendu vrai, trouvé faux");
    // b's residence label is wrong on purpose: its "non justifiée" verdict counts as a wrong one.
    expect(stdout).toMatch(/non justifiée : \d+, dont 1 à tort/);
    expect(stdout).toMatch(/b — tariff_by_residence[^\n]*\n\s+(?:aucun passage proche|passage proche : « )/);
  });

  it("shows the labeller's quote beside a miss", () => {
    const quoted = join(dir, "quoted");
    mkdirSync(join(quoted, "docs"), { recursive: true });
    writeFileSync(join(quoted, "docs", "c.txt"), FLAT_TARIFF_PAGE);
    writeFileSync(
      join(quoted, "manifest.jsonl"),
      JSON.stringify({
        id: "c",
        labels: labels({ fixes_tariffs: true, tariff_by_number_of_children: true }),
        evidence: { tariff_by_number_of_children: "Repas enfant" },
      }),
    );
    const { code, stdout } = run("eval-cli.ts", [quoted]);
    expect(code).toBe(0);
    expect(stdout).toContain("c — tariff_by_number_of_children : attendu vrai, trouvé faux");
    expect(stdout).toContain("étiquette    : « Repas enfant »");
  });

  it("prints one JSON object with --json", () => {
    const { code, stdout } = run("eval-cli.ts", [corpus, "--json"]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.documents).toBe(2);
    expect(output.signals.fixes_tariffs).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(output.signals.tariff_by_residence.recall).toBe(0.5);
    expect(output.verdicts).toMatchObject({ wrongNotJustified: 1 });
    expect(output.verdicts.notJustifiedPrecision).toBeLessThan(1);
  });

  it("fails in one French line without a manifest", () => {
    const { code, stderr } = run("eval-cli.ts", [join(dir, "nowhere")]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Manifeste introuvable/);
  });
});
