/**
 * The suggested decision, as a careful instructor would take it — the instructor decides:
 * - accept only an act (délibération, its minutes, or a decision taken on delegation) that
 *   fixes the conditions AND has a passage for every requested scope;
 * - reject only what is clearly no legal basis: L114-8 (or "Dites-le-nous une fois") alone,
 *   with no act and no condition in the document. Rejecting forces a new request, so it is
 *   kept for requests that nothing in the file could save;
 * - otherwise request the tariff act: a generic "use API Particulier" délibération, a tariff
 *   page instead of the act, a grid that leaves some scopes unjustified, an unreadable scan —
 *   the collectivité can usually answer with the act it already has (an older one is fine).
 * For an EAJE (crèche), the CAF's convention d'objectifs et de financement and its PSU scale
 * are the expected basis, not a délibération: when every requested scope is an EAJE one and
 * each has its passage, that document is accepted as it is.
 */

import type { Decision, Finding, RequestUnderReview, Suggestion } from "../rules/rule-types";
import type { ActReading, Signals } from "../rules/signals/index";
import { draftMotivation } from "./motivation";

export interface SuggestionContext {
  readonly act: ActReading;
  readonly signals: Signals;
  readonly findings: readonly Finding[];
  readonly request: RequestUnderReview;
}

const EAJE_PREFIX = "cnav_participation_familiale_eaje_";

const has = (findings: readonly Finding[], ruleId: string, status: Finding["status"]) =>
  findings.some((finding) => finding.ruleId === ruleId && finding.status === status);

export function decide(context: SuggestionContext): Decision {
  const { act, signals, findings } = context;
  const isAct = act.kind === "deliberation" || act.kind === "minutes" || act.kind === "mayoral_act";
  const fixes = signals.fixes_tariffs.value;
  if (has(findings, "readability", "fail")) return "request_tariff_act";
  if (has(findings, "l114-8-alone", "fail") && !isAct && !fixes) return "reject";
  const scopeGaps = findings.some(
    (finding) =>
      finding.ruleId === "scope-justification" && (finding.status === "fail" || finding.status === "warning"),
  );
  if (isAct && fixes && !scopeGaps) return "accept";
  const { scopes } = context.request;
  if (scopes.length > 0 && scopes.every((scope) => scope.startsWith(EAJE_PREFIX)) && !scopeGaps) return "accept";
  return "request_tariff_act";
}

export function suggest(context: SuggestionContext): Suggestion {
  const decision = decide(context);
  return { decision, motivation: draftMotivation(decision, context) };
}
