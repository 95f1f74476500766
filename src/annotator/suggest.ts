/**
 * The suggested decision, as a careful instructor would take it — the instructor decides:
 * - accept only an act (délibération, its minutes, or a decision taken on delegation) that
 *   fixes the conditions AND has a passage for every requested scope;
 * - reject only what is clearly no legal basis: L114-8 (or "Dites-le-nous une fois") alone,
 *   with no act and no condition in the document. Rejecting forces a new request, so it is
 *   kept for requests that nothing in the file could save;
 * - a scope "à vérifier" (near miss, doubtful text) never asks for the tariff act by itself: the
 *   instructor reads the passage named in `toCheck` before deciding;
 * - otherwise request the tariff act: a generic "use API Particulier" délibération, a tariff
 *   page instead of the act, a grid that leaves some scopes unjustified, an unreadable scan —
 *   the collectivité can usually answer with the act it already has (an older one is fine).
 * For an EAJE (crèche), the CAF's convention d'objectifs et de financement and its PSU scale
 * are the expected basis, not a délibération: when every requested scope is an EAJE one and
 * each has its passage, that document is accepted as it is.
 */

import type { Decision, Finding, RequestUnderReview, Suggestion } from "../rules/rule-types";
import type { ActReading, Signals } from "../rules/signals/index";
import { scopeLabel } from "../domain/scope-catalogue";
import { cite } from "../rules/rule-kit";
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

function decide(context: SuggestionContext): Decision {
  const { act, signals, findings } = context;
  const isAct = act.kind === "deliberation" || act.kind === "minutes" || act.kind === "mayoral_act";
  const fixes = signals.fixes_tariffs.value;
  if (has(findings, "readability", "fail")) return "request_tariff_act";
  if (has(findings, "l114-8-alone", "fail") && !isAct && !fixes) return "reject";
  // Only a confident "non justifiée" asks for the tariff act; "à vérifier" is the instructor's to read.
  const scopeGaps = findings.some((finding) => finding.ruleId === "scope-justification" && finding.status === "fail");
  if (isAct && fixes && !scopeGaps) return "accept";
  const { scopes } = context.request;
  if (scopes.length > 0 && scopes.every((scope) => scope.startsWith(EAJE_PREFIX)) && !scopeGaps) return "accept";
  return "request_tariff_act";
}

/** "« Adresse du foyer » : « …domiciliés sur la commune… » (p. 2)", for each scope à vérifier. */
function pointsToCheck(findings: readonly Finding[]): string[] {
  return findings
    .filter((finding) => finding.ruleId === "scope-justification" && finding.status === "warning" && finding.scope)
    .map((finding) => {
      const where = finding.evidence[0] ? ` : ${cite(finding.evidence[0], 120)}` : " : lire le document";
      return `« ${scopeLabel(finding.scope ?? "")} »${where}`;
    });
}

export function suggest(context: SuggestionContext): Suggestion {
  const decision = decide(context);
  const toCheck = pointsToCheck(context.findings);
  return {
    decision,
    motivation: draftMotivation(decision, context),
    ...(toCheck.length > 0 ? { toCheck } : {}),
  };
}
