/**
 * Who may do what, in one table: routes guard with it and services check with it, so that a
 * role's rights are read and changed in one place. A policy allows an action when the actor's
 * role may take it, the actor may read the request it touches (applicants: their own
 * organisation only) and, for a life-cycle event, the request's state allows it (as DataPass's
 * instruction policies do: the role AND the transition). Pure functions.
 */

import { forbidden } from "./errors";
import { nextState, REQUEST_EVENTS, type RequestEvent, type RequestState } from "./request-state";
import type { ServiceActor } from "./roles";

/** What an actor may try: the request's life-cycle events, work on a request, and administration. */
export const ACTIONS = [
  ...REQUEST_EVENTS,
  "read_request",
  "create_request",
  "edit_draft",
  "add_documents",
  "write_message",
  "assign",
  // Spaces: the collectivité's requests, the queue (read), the instruction (act).
  "file_requests",
  "browse_queue",
  "instruct",
  // Administration.
  "manage_users",
  // An organisation first met through a sign-in gets its name: once by its own agent, any time by an admin.
  "name_own_organisation",
  "name_organisation",
  "manage_templates",
  "manage_webhooks",
  // The outbox's e-mails and webhook deliveries (/admin/envois): see them, retry a failed one.
  "manage_outbox",
  "export_data",
  "view_dashboard",
  "read_remotely",
  "send_remotely",
] as const;
export type Action = (typeof ACTIONS)[number];

type RoleName = ServiceActor["role"];
const STAFF: readonly RoleName[] = ["instructor", "reporter", "admin"];
const ADMIN: readonly RoleName[] = ["admin"];

// "system": Cadre's cron closes a request left without answer to the tariff act request.
const ROLES_BY_ACTION: Record<Action, readonly RoleName[]> = {
  submit: ["applicant"],
  provide_tariff_act: ["applicant"],
  accept: ["instructor"],
  reject: ["instructor", "system"],
  request_tariff_act: ["instructor"],
  reopen: ADMIN,
  read_request: ["applicant", ...STAFF],
  create_request: ["applicant"],
  edit_draft: ["applicant"],
  add_documents: ["applicant"],
  // Readers read; the applicant and the instructors talk.
  write_message: ["applicant", "instructor"],
  assign: ["instructor"],
  file_requests: ["applicant"],
  browse_queue: STAFF,
  instruct: ["instructor"],
  manage_users: ADMIN,
  name_own_organisation: ["applicant"],
  name_organisation: ADMIN,
  manage_templates: ADMIN,
  manage_webhooks: ADMIN,
  manage_outbox: ADMIN,
  export_data: ADMIN,
  view_dashboard: ADMIN,
  read_remotely: ADMIN,
  send_remotely: ADMIN,
};

export interface RequestScope {
  readonly state: RequestState;
  readonly organisationId: number;
}

const isEvent = (action: Action): action is RequestEvent => (REQUEST_EVENTS as readonly string[]).includes(action);

/** May this role take this action at all (whatever the request)? The routes' guard. */
export function roleMay(role: RoleName, action: Action): boolean {
  return ROLES_BY_ACTION[action].includes(role);
}

/** May this role cause this life-cycle event at all? */
export function roleMayCause(role: RoleName, event: RequestEvent): boolean {
  return roleMay(role, event);
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

/**
 * The policy: the role may take the action, the actor may read the request, and, for a
 * life-cycle event, the request's state allows it.
 */
export function may(actor: ServiceActor, action: Action, request: RequestScope): boolean {
  if (!roleMay(actor.role, action) || !canRead(actor, request)) return false;
  if (isEvent(action)) return nextState(request.state, action) !== null;
  if (action === "edit_draft") return request.state === "draft";
  return true;
}

/** A life-cycle event on a request: role ∧ readable ∧ transition. */
export function canApply(actor: ServiceActor, request: RequestScope, event: RequestEvent): boolean {
  return may(actor, event, request);
}

/** Drafts are edited by their organisation only. */
export function canEditDraft(actor: ServiceActor, request: RequestScope): boolean {
  return may(actor, "edit_draft", request);
}

/** The services' check: the role may take the action, or a FORBIDDEN error says why not, in French. */
export function authorize(actor: ServiceActor, action: Action, refusal?: string): void {
  if (!roleMay(actor.role, action)) throw forbidden(refusal);
}
