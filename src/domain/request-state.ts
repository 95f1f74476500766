/**
 * The request life cycle (draft → submitted → accepted, rejected or tariff act requested, and
 * back) as one pure function: given a state and an event, the next state or nothing. Every
 * other layer asks this function instead of re-stating it.
 */

export const REQUEST_STATES = ["draft", "submitted", "tariff_act_requested", "accepted", "rejected"] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_EVENTS = [
  "submit",
  "accept",
  "reject",
  "request_tariff_act",
  "provide_tariff_act",
  "reopen",
] as const;
export type RequestEvent = (typeof REQUEST_EVENTS)[number];

const TRANSITIONS: Record<RequestState, Partial<Record<RequestEvent, RequestState>>> = {
  draft: { submit: "submitted" },
  submitted: { accept: "accepted", reject: "rejected", request_tariff_act: "tariff_act_requested" },
  tariff_act_requested: { provide_tariff_act: "submitted", reject: "rejected" },
  accepted: { reopen: "submitted" },
  rejected: { reopen: "submitted" },
};

/** The state reached by `event` from `state`, or null when the transition does not exist. */
export function nextState(state: RequestState, event: RequestEvent): RequestState | null {
  return TRANSITIONS[state][event] ?? null;
}

export function availableEvents(state: RequestState): RequestEvent[] {
  return REQUEST_EVENTS.filter((event) => nextState(state, event) !== null);
}

/** Events whose motivation the server requires: a refusal and a tariff-act request say why, and so does reopening. */
export function requiresMotivation(event: RequestEvent): boolean {
  return event === "reject" || event === "request_tariff_act" || event === "reopen";
}

export function isClosed(state: RequestState): boolean {
  return state === "accepted" || state === "rejected";
}

export function isRequestState(value: string): value is RequestState {
  return (REQUEST_STATES as readonly string[]).includes(value);
}

export function isRequestEvent(value: string): value is RequestEvent {
  return (REQUEST_EVENTS as readonly string[]).includes(value);
}

export const STATE_LABELS: Record<RequestState, string> = {
  draft: "Brouillon",
  submitted: "En instruction",
  tariff_act_requested: "Acte tarifaire demandé",
  accepted: "Validée",
  rejected: "Refusée",
};

export const EVENT_LABELS: Record<RequestEvent, string> = {
  submit: "Demande soumise",
  accept: "Demande validée",
  reject: "Demande refusée",
  request_tariff_act: "Acte tarifaire demandé",
  provide_tariff_act: "Acte tarifaire transmis",
  reopen: "Décision rouverte",
};
