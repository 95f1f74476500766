/** A request's state as a DSFR badge, coloured by what it means for the reader. */

import { STATE_LABELS, type RequestState } from "../../src/domain/request-state";

const BADGE_CLASS: Record<RequestState, string> = {
  draft: "fr-badge--info",
  submitted: "fr-badge--new",
  tariff_act_requested: "fr-badge--warning",
  accepted: "fr-badge--success",
  rejected: "fr-badge--error",
};

export function StateBadge({ state }: { state: RequestState }) {
  return <p class={`fr-badge fr-badge--sm ${BADGE_CLASS[state]}`}>{STATE_LABELS[state]}</p>;
}
