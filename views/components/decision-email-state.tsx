/**
 * Whether the e-mail about the latest decision went out, for the collectivité: a decision whose
 * e-mail failed would otherwise go unnoticed by the people it concerns.
 */

import { formatDateTime } from "../../src/domain/format";
import type { DecisionEmailState } from "../../src/domain/outbox-status";

function decisionEmailSummary(state: DecisionEmailState): { badge: string; label: string; text: string } {
  if (state.failed > 0)
    return {
      badge: "fr-badge--error",
      label: "Non distribué",
      text: "L'e-mail n'a pas pu être remis après plusieurs tentatives ; l'administration de Cadre peut le relancer. La décision reste consultable ici.",
    };
  if (state.pending > 0)
    return {
      badge: "fr-badge--info",
      label: "En attente",
      text: "L'e-mail est en cours d'envoi ; en cas d'échec, il est réessayé automatiquement.",
    };
  return {
    badge: "fr-badge--success",
    label: "Envoyé",
    text: `L'e-mail est parti vers ${state.sent} adresse${state.sent > 1 ? "s" : ""} de votre organisation.`,
  };
}

export function DecisionEmailStatus({ state }: { state: DecisionEmailState | undefined }) {
  if (!state) return null;
  const summary = decisionEmailSummary(state);
  return (
    <p class="fr-text--sm" id="courriel-decision">
      E-mail de la décision du {formatDateTime(state.decidedAt)} :{" "}
      <span class={`fr-badge fr-badge--sm fr-badge--no-icon ${summary.badge}`}>{summary.label}</span> {summary.text}
    </p>
  );
}
