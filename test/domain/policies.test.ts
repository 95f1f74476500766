/** The policy table on every role × action × own/other organisation, and every state × event for the life cycle. */

import { describe, expect, it } from "vitest";
import { ACTIONS, canApply, canEditDraft, canRead, may, roleMayCause, type Action } from "../../src/domain/policies";
import { REQUEST_EVENTS, REQUEST_STATES, nextState, type RequestEvent } from "../../src/domain/request-state";
import { ROLES, SYSTEM_ROLE, type Actor, type Role, type ServiceActor } from "../../src/domain/roles";

const OWN_ORGANISATION = 7;
const OTHER_ORGANISATION = 8;

const actorFor = (role: Role): Actor => ({
  userId: 1,
  role,
  name: role,
  organisationId: role === "applicant" ? OWN_ORGANISATION : null,
});

// Who may cause each event, independently of the implementation's table.
const ALLOWED: Record<RequestEvent, Role[]> = {
  submit: ["applicant"],
  provide_tariff_act: ["applicant"],
  accept: ["instructor"],
  reject: ["instructor"],
  request_tariff_act: ["instructor"],
  reopen: ["admin"],
};

describe("canApply", () => {
  const cases = REQUEST_STATES.flatMap((state) =>
    REQUEST_EVENTS.flatMap((event) =>
      ROLES.flatMap((role) =>
        [OWN_ORGANISATION, OTHER_ORGANISATION].map((organisationId) => {
          const ownsOrIsStaff = role !== "applicant" || organisationId === OWN_ORGANISATION;
          const expected = ALLOWED[event].includes(role) && ownsOrIsStaff && nextState(state, event) !== null;
          return {
            state,
            event,
            role,
            organisation: organisationId === OWN_ORGANISATION ? "own" : "other",
            organisationId,
            expected,
          };
        }),
      ),
    ),
  );

  it.each(cases)(
    "$role ($organisation) $event on $state → $expected",
    ({ state, event, role, organisationId, expected }) => {
      expect(canApply(actorFor(role), { state, organisationId }, event)).toBe(expected);
    },
  );

  it("covers 5 states × 6 events × 4 roles × 2 organisations", () => expect(cases).toHaveLength(240));
});

describe("canRead", () => {
  it.each([
    ["applicant", OWN_ORGANISATION, "submitted", true],
    ["applicant", OWN_ORGANISATION, "draft", true],
    ["applicant", OTHER_ORGANISATION, "submitted", false],
    ["applicant", OTHER_ORGANISATION, "draft", false],
    ["instructor", OTHER_ORGANISATION, "submitted", true],
    ["instructor", OTHER_ORGANISATION, "draft", false],
    ["reporter", OTHER_ORGANISATION, "accepted", true],
    ["reporter", OTHER_ORGANISATION, "draft", false],
    ["admin", OTHER_ORGANISATION, "rejected", true],
    ["admin", OTHER_ORGANISATION, "draft", false],
  ] as const)("%s on organisation %i, %s → %s", (role, organisationId, state, expected) => {
    expect(canRead(actorFor(role), { organisationId, state })).toBe(expected);
  });

  it("never lets an applicant without organisation read anything", () => {
    const orphan: Actor = { userId: 2, role: "applicant", name: "x", organisationId: null };
    expect(canRead(orphan, { organisationId: OWN_ORGANISATION, state: "draft" })).toBe(false);
  });
});

describe("canEditDraft", () => {
  it.each(REQUEST_STATES.flatMap((state) => ROLES.map((role) => ({ state, role }))))(
    "$role on $state",
    ({ state, role }) => {
      const expected = role === "applicant" && state === "draft";
      expect(canEditDraft(actorFor(role), { state, organisationId: OWN_ORGANISATION })).toBe(expected);
      expect(canEditDraft(actorFor(role), { state, organisationId: OTHER_ORGANISATION })).toBe(false);
    },
  );
});

describe("Cadre's own actor (scheduled jobs)", () => {
  it("may only reject: the closure without answer, nothing else", () => {
    expect(REQUEST_EVENTS.filter((event) => roleMayCause(SYSTEM_ROLE, event))).toEqual(["reject"]);
  });
});

// Who may take each action, written out again independently of the implementation's table.
const A = "applicant",
  I = "instructor",
  R = "reporter",
  D = "admin",
  S = SYSTEM_ROLE;
const MAY: Record<Action, ServiceActor["role"][]> = {
  submit: [A],
  provide_tariff_act: [A],
  accept: [I],
  reject: [I, S],
  request_tariff_act: [I],
  reopen: [D],
  read_request: [A, I, R, D],
  create_request: [A],
  edit_draft: [A],
  add_documents: [A],
  write_message: [A, I],
  assign: [I],
  file_requests: [A],
  browse_queue: [I, R, D],
  instruct: [I],
  manage_users: [D],
  name_own_organisation: [A],
  name_organisation: [D],
  manage_templates: [D],
  manage_webhooks: [D],
  manage_outbox: [D],
  export_data: [D],
  view_dashboard: [D],
  read_remotely: [D],
  send_remotely: [D],
};

describe("may: every role × action × own/other organisation", () => {
  const system: ServiceActor = { userId: 0, role: SYSTEM_ROLE, name: "Cadre", organisationId: null };
  const everyRole: ServiceActor[] = [...ROLES.map(actorFor), system];
  // A state where every event and every action on a request is possible, so that only the role and the organisation decide.
  // (A draft is its organisation's alone, so the other actions are weighed on a submitted request;
  // editing a draft needs a draft.)
  const stateFor = (action: Action) =>
    (REQUEST_EVENTS as readonly string[]).includes(action)
      ? REQUEST_STATES.find((state) => nextState(state, action as RequestEvent) !== null)!
      : action === "edit_draft"
        ? "draft"
        : "submitted";
  const cases = ACTIONS.flatMap((action) =>
    everyRole.flatMap((actor) =>
      (["own", "other"] as const).map((organisation) => ({
        action,
        role: actor.role,
        actor,
        organisation,
        expected: MAY[action].includes(actor.role) && (actor.role !== "applicant" || organisation === "own"),
      })),
    ),
  );

  it.each(cases)("$role ($organisation) $action → $expected", ({ action, actor, organisation, expected }) => {
    const organisationId = organisation === "own" ? OWN_ORGANISATION : OTHER_ORGANISATION;
    expect(may(actor, action, { state: stateFor(action), organisationId })).toBe(expected);
  });

  it("covers every action", () => expect(Object.keys(MAY).sort()).toEqual([...ACTIONS].sort()));

  it("keeps a draft to its organisation: no staff role reads it or writes on it", () => {
    const draft = { state: "draft" as const, organisationId: OWN_ORGANISATION };
    for (const actor of everyRole.filter((actor) => actor.role !== "applicant")) {
      expect(may(actor, "read_request", draft), actor.role).toBe(false);
      expect(may(actor, "write_message", draft), actor.role).toBe(false);
    }
    expect(may(actorFor("applicant"), "read_request", draft)).toBe(true);
  });
});
