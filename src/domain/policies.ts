/**
 * Who may do what: a policy allows an event when the actor's role may cause it AND the
 * request's state allows it (as data_pass's instruction policies do). Pure functions.
 */

import type { Actor, ServiceActor } from "./roles";
import { nextState, type RequestEvent, type RequestState } from "./request-state";

// "system": Cadre's cron closes a request left without answer to the tariff act request.
const ROLES_BY_EVENT: Record<RequestEvent, readonly ServiceActor["role"][]> = {
  submit: ["applicant"],
  provide_tariff_act: ["applicant"],
  accept: ["instructor"],
  reject: ["instructor", "system"],
  request_tariff_act: ["instructor"],
  reopen: ["admin"],
};

export interface RequestScope {
  readonly state: RequestState;
  readonly organisationId: number;
}

/** May this role cause this event at all (whatever the request)? */
export function roleMayCause(role: ServiceActor["role"], event: RequestEvent): boolean {
  return ROLES_BY_EVENT[event].includes(role);
}

/**
 * Applicants see their own organisation's requests; every other role sees the submitted ones.
 * A draft belongs to its organisation until it is submitted: no instructor, reporter or admin
 * reads it, lists it, searches it or exports it.
 */
export function canRead(actor: ServiceActor, request: Pick<RequestScope, "organisationId" | "state">): boolean {
  if (actor.role === "applicant") return actor.organisationId === request.organisationId;
  return request.state !== "draft";
}

/** The policy: the role may cause the event, the actor may read the request, and the state allows it. */
export function canApply(actor: Actor, request: RequestScope, event: RequestEvent): boolean {
  return roleMayCause(actor.role, event) && canRead(actor, request) && nextState(request.state, event) !== null;
}

/** Drafts are edited by their organisation only. */
export function canEditDraft(actor: ServiceActor, request: RequestScope): boolean {
  return actor.role === "applicant" && canRead(actor, request) && request.state === "draft";
}

export function canInstruct(role: ServiceActor["role"]): boolean {
  return role === "instructor";
}
