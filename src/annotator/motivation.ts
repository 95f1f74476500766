/**
 * The draft motivation: polite, precise French that cites what was found (quotes and pages)
 * and names what is missing, for the instructor to edit before sending.
 */

import { scopeLabel } from "../domain/scope-catalogue";
import { cite } from "../rules/rule-kit";
import type { Decision, Finding } from "../rules/rule-types";
import { familyOf } from "../rules/scopes/index";
import type { SuggestionContext } from "./suggest";

const MAX_CITED = 2;
const MAX_MISSING = 3;

function actSentence({ act }: SuggestionContext, decision: Decision): string {
  const where = cite(act.kind === "mayoral_act" ? act.otherEvidence[0] : act.deliberationEvidence[0], 70);
  const at = where ? ` : ${where}` : "";
  switch (act.kind) {
    case "deliberation":
      return `Le document transmis est une délibération${at}.`;
    case "minutes":
      return `Le document transmis est le compte rendu d'une séance du conseil, qui consigne ses délibérations${at}.`;
    case "mayoral_act":
      return decision === "accept"
        ? `Le document transmis est une décision ou un arrêté de l'exécutif, qui fixe lui-même les conditions sous réserve de la délégation consentie par le conseil${at}.`
        : `Le document transmis est une décision ou un arrêté de l'exécutif, et non une délibération${at}.`;
    default:
      return "Le document transmis ne se présente pas comme un acte (délibération, arrêté ou décision) : il ne peut en tenir lieu.";
  }
}

function conditionsSentence({ signals, findings }: SuggestionContext): string {
  if (signals.fixes_tariffs.value)
    return `Il fixe des conditions tarifaires : ${cite(signals.fixes_tariffs.evidence[0])}.`;
  if (findings.some((f) => f.ruleId === "generic-api-particulier" && f.status === "fail")) {
    return "Il décide de recourir à API Particulier sans fixer de tarif ni de condition d'attribution, ce qui ne permet pas d'apprécier la nécessité de chaque donnée.";
  }
  return "Il ne fixe ni tarif ni condition d'attribution.";
}

function justifiedSentence(justified: readonly Finding[]): string | null {
  if (justified.length === 0) return null;
  const parts = justified.map((f, i) => {
    const label = `« ${scopeLabel(f.scope ?? "")} »`;
    return i < MAX_CITED && f.evidence[0] ? `${label}, par ${cite(f.evidence[0], 80)}` : label;
  });
  if (justified.length === 1)
    return `La donnée ${parts[0]?.replace(", par", " est justifiée par") ?? ""}${parts[0]?.includes(", par") ? "" : " est justifiée"}.`;
  return `Sont justifiées les données ${parts.join(" ; ")}.`;
}

function missingSentence(missing: readonly Finding[]): string | null {
  if (missing.length === 0) return null;
  const labels = missing.map((f) => `« ${scopeLabel(f.scope ?? "")} »`);
  const asks = [
    ...new Set(
      missing.slice(0, MAX_MISSING).flatMap((f) => {
        const family = familyOf(f.scope ?? "");
        return family ? [family.ask ?? family.need] : [];
      }),
    ),
  ];
  const list = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} ni ${labels[labels.length - 1]}`;
  const why = asks.length > 0 ? ` : il faudrait que l'acte prévoie ${asks.join(" ; ")}` : "";
  return `En revanche, aucun passage ne justifie ${list}${why}.`;
}

function closing(decision: Decision, context: SuggestionContext, missing: readonly Finding[]): string[] {
  const { findings, request, signals } = context;
  if (decision === "accept") return ["La demande est conforme au guide : nous la validons."];
  if (decision === "reject") {
    return [
      "La demande ne s'appuie que sur l'article L114-8 du code des relations entre le public et l'administration, qui organise les échanges de données entre administrations mais ne justifie à lui seul aucune donnée.",
      "Faute d'acte fixant les conditions tarifaires ou d'attribution, nous ne pouvons pas la valider ; vous pourrez déposer une nouvelle demande accompagnée de cet acte.",
    ];
  }
  if (findings.some((f) => f.ruleId === "readability" && f.status === "fail")) {
    return [
      "Le document n'a pas pu être lu (scan sans texte ou fichier vide) : merci de nous transmettre une version lisible de l'acte qui fixe les tarifs ou les conditions d'attribution.",
    ];
  }
  const lines = [
    "Merci de nous transmettre l'acte (délibération, ou décision prise sur délégation) qui fixe les tarifs ou les conditions d'attribution et prévoit ces critères ; une délibération ancienne convient si elle les fixe.",
  ];
  if (request.scopes.some((scope) => scope.startsWith("cnav_participation_familiale_eaje_"))) {
    lines.push("Pour un EAJE, la convention d'objectifs et de financement signée avec la CAF est le document attendu.");
  } else if (signals.fixes_tariffs.value && missing.length > 0) {
    lines.push("Vous pouvez aussi retirer de la demande les données qu'aucune condition ne justifie.");
  }
  return lines;
}

export function draftMotivation(decision: Decision, context: SuggestionContext): string {
  const scopes = context.findings.filter((f) => f.ruleId === "scope-justification");
  const justified = scopes.filter((f) => f.status === "pass");
  const missing = scopes.filter((f) => f.status === "fail" || f.status === "warning");
  const unreadable = context.findings.some((f) => f.ruleId === "readability" && f.status === "fail");
  const sentences = unreadable
    ? []
    : [
        actSentence(context, decision),
        conditionsSentence(context),
        justifiedSentence(justified),
        missingSentence(missing),
      ];
  if (context.findings.some((f) => f.ruleId === "tax-income")) {
    sentences.push(
      "Le tarif s'appuie aussi sur des données fiscales, qui relèvent d'API Impôt particulier (DGFIP) et d'une demande distincte.",
    );
  }
  sentences.push(...closing(decision, context, missing));
  return ["Bonjour,", ...sentences.filter((s): s is string => s !== null), "Cordialement."].join("\n");
}
