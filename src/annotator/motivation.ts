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

const isExecutive = (context: SuggestionContext) => context.act.kind === "mayoral_act";
const isCouncil = (context: SuggestionContext) => context.act.kind === "deliberation" || context.act.kind === "minutes";

function actSentence(context: SuggestionContext, decision: Decision): string {
  const { act } = context;
  const where = cite(isExecutive(context) ? act.otherEvidence[0] : act.deliberationEvidence[0], 70);
  const at = where ? ` : ${where}` : "";
  if (act.kind === "deliberation") return `Le document transmis est une délibération${at}.`;
  if (act.kind === "minutes") {
    return `Le document transmis est le compte rendu d'une séance du conseil, qui consigne ses délibérations${at}.`;
  }
  if (isExecutive(context)) {
    return decision === "accept"
      ? `Le document transmis est une décision de l'exécutif, qui fixe lui-même les conditions, sous réserve de la délégation consentie par le conseil${at}.`
      : `Le document transmis est une décision ou un arrêté de l'exécutif, et non une délibération${at}.`;
  }
  // Accepted without being an act: the EAJE case, where the CAF convention is the basis.
  if (decision === "accept")
    return "Le document transmis relève du barème PSU de la convention d'objectifs et de financement conclue avec la CAF, document attendu pour un EAJE.";
  return "Le document transmis ne se présente pas comme un acte (délibération, arrêté ou décision) et ne peut en tenir lieu.";
}

function conditionsSentence(context: SuggestionContext): string | null {
  const { signals, findings } = context;
  if (signals.fixes_tariffs.value)
    return `Il fixe des conditions tarifaires : ${cite(signals.fixes_tariffs.evidence[0])}.`;
  if (findings.some((f) => f.ruleId === "generic-api-particulier" && f.status === "fail")) {
    return "Il décide de recourir à API Particulier sans fixer de tarif ni de condition d'attribution, ce qui ne permet pas d'apprécier la nécessité de chaque donnée.";
  }
  if (!isCouncil(context) && !isExecutive(context)) return null;
  return "Il ne fixe ni tarif ni condition d'attribution.";
}

function justifiedSentence(justified: readonly Finding[]): string | null {
  if (justified.length === 0) return null;
  const cited = (f: Finding, i: number) => (i < MAX_CITED && f.evidence[0] ? cite(f.evidence[0], 80) : null);
  const label = (f: Finding) => `« ${scopeLabel(f.scope ?? "")} »`;
  const [only] = justified;
  if (justified.length === 1 && only) {
    const quote = cited(only, 0);
    return quote ? `La donnée ${label(only)} est justifiée par ${quote}.` : `La donnée ${label(only)} est justifiée.`;
  }
  const parts = justified.map((f, i) => (cited(f, i) ? `${label(f)}, par ${cited(f, i)}` : label(f)));
  return `Sont justifiées les données ${parts.join(" ; ")}.`;
}

function missingSentence(missing: readonly Finding[], afterJustified: boolean): string | null {
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
  return `${afterJustified ? "En revanche, aucun" : "Aucun"} passage ne justifie ${list}${why}.`;
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
      "Le texte du document transmis n'a pas pu être lu : il s'agit sans doute d'un scan sans reconnaissance de caractères ou d'un fichier vide.",
      "Les données demandées ne peuvent donc pas être rapprochées des conditions de l'acte.",
      "Merci de nous transmettre une version lisible de l'acte qui fixe les tarifs ou les conditions d'attribution ; une délibération ancienne convient si elle les fixe.",
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
  // Scopes "à vérifier" are the instructor's to read (Suggestion.toCheck), not a gap to tell the collectivité.
  const missing = scopes.filter((f) => f.status === "fail");
  const unreadable = context.findings.some((f) => f.ruleId === "readability" && f.status === "fail");
  const sentences = unreadable
    ? []
    : [
        actSentence(context, decision),
        conditionsSentence(context),
        justifiedSentence(justified),
        missingSentence(missing, justified.length > 0),
      ];
  if (context.findings.some((f) => f.ruleId === "tax-income")) {
    sentences.push(
      "Le tarif s'appuie aussi sur des données fiscales, qui relèvent d'API Impôt particulier (DGFIP) et d'une demande distincte.",
    );
  }
  sentences.push(...closing(decision, context, missing));
  return ["Bonjour,", ...sentences.filter((s): s is string => s !== null), "Cordialement."].join("\n");
}
