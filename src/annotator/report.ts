/**
 * The annotation as a French text report, for the command line without --json: signals,
 * findings with their passages, and the suggested decision.
 */

import { SIGNAL_KEYS, type Annotation, type Evidence } from "../rules/rule-types";

const STATUS_LABELS = { pass: "OK", fail: "MANQUE", warning: "ATTENTION", info: "INFO" } as const;
const DECISION_LABELS = {
  accept: "valider",
  request_tariff_act: "demander l'acte tarifaire",
  reject: "refuser",
} as const;

const quote = (evidence: Evidence) =>
  `      p. ${evidence.page} [${evidence.start}-${evidence.end}] « ${evidence.quote.replace(/\s+/g, " ").slice(0, 140)} »`;

export function formatReport(file: string, annotation: Annotation): string {
  const lines = [`Document : ${file}`, "", "Signaux :"];
  for (const key of SIGNAL_KEYS) lines.push(`  ${annotation.signals[key] ? "oui" : "non"}  ${key}`);
  lines.push("", "Constats :");
  for (const finding of annotation.findings) {
    lines.push(`  [${STATUS_LABELS[finding.status]}] ${finding.ruleId} — ${finding.message}`);
    for (const evidence of finding.evidence.slice(0, 2)) lines.push(quote(evidence));
  }
  lines.push(
    "",
    `Suggestion : ${DECISION_LABELS[annotation.suggestion.decision]}`,
    "",
    annotation.suggestion.motivation,
  );
  return lines.join("\n");
}
