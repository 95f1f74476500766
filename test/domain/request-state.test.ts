/** The state machine, checked on every state × every event against the life cycle as docs/architecture.md draws it. */

import { describe, expect, it } from "vitest";
import {
  REQUEST_EVENTS,
  REQUEST_STATES,
  availableEvents,
  nextState,
  requiresMotivation,
  type RequestEvent,
  type RequestState,
} from "../../src/domain/request-state";

// The life cycle's diagram (docs/architecture.md), written out again independently of the implementation.
const EXPECTED: Record<RequestState, Partial<Record<RequestEvent, RequestState>>> = {
  draft: { submit: "submitted" },
  submitted: { accept: "accepted", reject: "rejected", request_tariff_act: "tariff_act_requested" },
  tariff_act_requested: { provide_tariff_act: "submitted", reject: "rejected" },
  accepted: { reopen: "submitted" },
  rejected: { reopen: "submitted" },
};

describe("nextState", () => {
  const cases = REQUEST_STATES.flatMap((state) =>
    REQUEST_EVENTS.map((event) => ({ state, event, expected: EXPECTED[state][event] ?? null })),
  );

  it.each(cases)("$state --$event--> $expected", ({ state, event, expected }) => {
    expect(nextState(state, event)).toBe(expected);
  });

  it("covers all 30 pairs", () => expect(cases).toHaveLength(REQUEST_STATES.length * REQUEST_EVENTS.length));

  it("lists the available events of each state", () => {
    expect(availableEvents("draft")).toEqual(["submit"]);
    expect(availableEvents("tariff_act_requested")).toEqual(["reject", "provide_tariff_act"]);
  });
});

describe("requiresMotivation", () => {
  it.each([
    ["accept", false],
    ["reject", true],
    ["request_tariff_act", true],
    ["reopen", true],
    ["submit", false],
    ["provide_tariff_act", false],
  ] as const)("%s → %s", (event, expected) => expect(requiresMotivation(event)).toBe(expected));
});
