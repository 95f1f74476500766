/** French words for what reading a document found, shared by the pages and fragments. */

import type { DocumentReading } from "../../src/services/read-models";

export function readingStatusLabel(
  document: Pick<DocumentReading, "status" | "method" | "confidence" | "error">,
): string {
  switch (document.status) {
    case "pending":
      return "Lecture en cours…";
    case "needs_ocr":
      return "Document numérisé : lecture manuelle, en attente de la reconnaissance de caractères.";
    case "failed":
      return `Illisible : ${document.error ?? "le fichier n'a pas pu être lu."}`;
    default:
      if (document.method === "ocr") {
        return `Lu par reconnaissance de caractères${document.confidence !== null ? ` (confiance ${Math.round(document.confidence)} %)` : ""}.`;
      }
      return "Lu.";
  }
}

export const DECISION_LABELS: Record<string, string> = {
  accept: "Valider",
  request_tariff_act: "Demander l'acte tarifaire",
  reject: "Refuser",
};

export const FINDING_BADGES: Record<string, { label: string; badge: string }> = {
  pass: { label: "Conforme", badge: "fr-badge--success" },
  fail: { label: "À revoir", badge: "fr-badge--error" },
  warning: { label: "Attention", badge: "fr-badge--warning" },
  info: { label: "Information", badge: "fr-badge--info" },
};

/** The three verdicts on a requested scope, as the review page, the pre-check and exports say them. */
export const VERDICT_BADGES: Record<"pass" | "fail" | "warning", { label: string; badge: string }> = {
  pass: { label: "Justifiée", badge: "fr-badge--success" },
  warning: { label: "À vérifier", badge: "fr-badge--warning" },
  fail: { label: "Non justifiée", badge: "fr-badge--error" },
};
