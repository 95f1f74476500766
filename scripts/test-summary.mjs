// Adds up the vitest JSON reports of `npm test` into one closing line: "N passed, N failed".
// A failed step whose report names no failed test (type check, bundle, a crash) counts as one failure,
// so a red run can never read as green.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [dir, ...failedSteps] = process.argv.slice(2);
const reports = new Map(
  readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.slice(0, -".json".length), JSON.parse(readFileSync(join(dir, name), "utf8"))]),
);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const report of reports.values()) {
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
for (const step of failedSteps) {
  const report = reports.get(step);
  if (!report || report.numFailedTests === 0) failed += 1;
}
console.log();
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 || !existsSync(dir) ? 1 : 0);
