import { describe, it, expect, vi } from "vitest";
import { buildDemoDataset } from "../../src/demo/dataset";
import { DEMO_ORGANISATIONS, issuerOf } from "../../src/demo/dataset-parties";
import type { DemoRequest } from "../../src/demo/dataset-types";
import { ACT_TEMPLATE_KEYS, actTraits, writeAct } from "../../src/demo/deliberation-texts";
import { isValidSiret } from "../../src/domain/organisation";
import { roleMayCause } from "../../src/domain/policies";
import { nextState, REQUEST_STATES, requiresMotivation, type RequestState } from "../../src/domain/request-state";
import { isScopeKey } from "../../src/domain/scope-catalogue";
import { findUseCase } from "../../src/domain/use-case-catalogue";

const NOW = new Date("2025-03-15T10:30:00Z");
const DAY = 86_400_000;
const dataset = buildDemoDataset(NOW);
const userByKey = new Map(dataset.users.map((user) => [user.key, user]));

function replay(request: DemoRequest): RequestState {
  let state: RequestState = "draft";
  for (const step of request.steps) {
    const next = nextState(state, step.event);
    if (next === null) throw new Error(`${step.event} from ${state}`);
    state = next;
  }
  return state;
}

// The PDFs use a standard font: WinAnsi is Latin-1 plus a few typographic signs.
const WIN_ANSI_EXTRAS = "€œŒ’‘“”«»–—…";
function nonWinAnsi(text: string): string[] {
  return [...text].filter((char) => char.charCodeAt(0) >= 256 && !WIN_ANSI_EXTRAS.includes(char));
}

function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value instanceof Date || value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(allStrings);
}

describe("demo dataset", () => {
  it("is deterministic for a given now and never calls Math.random", () => {
    const random = vi.spyOn(Math, "random").mockImplementation(() => {
      throw new Error("Math.random called");
    });
    try {
      const again = buildDemoDataset(new Date(NOW.getTime()));
      expect(again).toEqual(dataset);
      expect(JSON.stringify(again)).toBe(JSON.stringify(dataset));
    } finally {
      random.mockRestore();
    }
  });

  it("keeps the same stories when now moves", () => {
    const later = buildDemoDataset(new Date(NOW.getTime() + 40 * DAY));
    expect(later.requests.map(replay)).toEqual(dataset.requests.map(replay));
    expect(later.requests[0]?.createdAt.getTime()).toBe((dataset.requests[0]?.createdAt.getTime() ?? 0) + 40 * DAY);
  });

  it("has 8 to 10 organisations of every kind with valid, unique SIRETs", () => {
    expect(dataset.organisations.length).toBeGreaterThanOrEqual(8);
    expect(dataset.organisations.length).toBeLessThanOrEqual(10);
    const prefixes = { commune: "21", epci: "20", departement: "22", region: "23", ccas: "26", autre: "" };
    for (const organisation of dataset.organisations) {
      expect(isValidSiret(organisation.siret), organisation.siret).toBe(true);
      expect(organisation.siret.startsWith(prefixes[organisation.kind])).toBe(true);
      expect(organisation.departement).toMatch(/^(\d{2}|2A|2B|97[1-6])$/);
    }
    expect(new Set(dataset.organisations.map((o) => o.siret)).size).toBe(dataset.organisations.length);
    expect(new Set(dataset.organisations.map((o) => o.kind))).toEqual(
      new Set(["commune", "epci", "departement", "region", "ccas"]),
    );
  });

  it("has the four demo sign-in accounts with their roles, and unique keys and e-mails", () => {
    const expected = [
      ["demo-applicant", "agent@demo.cadre.local", "applicant"],
      ["demo-instructor", "instructeur@demo.cadre.local", "instructor"],
      ["demo-reporter", "lecteur@demo.cadre.local", "reporter"],
      ["demo-admin", "admin@demo.cadre.local", "admin"],
    ] as const;
    for (const [key, email, role] of expected) {
      expect(userByKey.get(key)).toMatchObject({ email, role });
    }
    expect(userByKey.get("demo-applicant")?.organisationKey).toBe(dataset.organisations[0]?.key);
    expect(dataset.organisations[0]?.kind).toBe("commune");
    expect(dataset.users.filter((u) => u.role === "instructor")).toHaveLength(3);
    expect(new Set(dataset.users.map((u) => u.key)).size).toBe(dataset.users.length);
    expect(new Set(dataset.users.map((u) => u.email)).size).toBe(dataset.users.length);
    const organisationKeys = new Set(dataset.organisations.map((o) => o.key));
    for (const user of dataset.users) {
      expect(user.role === "applicant", user.key).toBe(user.organisationKey !== undefined);
      if (user.organisationKey !== undefined) expect(organisationKeys.has(user.organisationKey)).toBe(true);
    }
    for (const organisation of dataset.organisations) {
      expect(
        dataset.users.some((u) => u.organisationKey === organisation.key),
        organisation.key,
      ).toBe(true);
    }
  });

  it("only uses known use cases and scopes", () => {
    for (const request of dataset.requests) {
      expect(findUseCase(request.useCase), request.useCase).toBeDefined();
      expect(request.scopes.length).toBeGreaterThan(0);
      for (const scope of request.scopes) expect(isScopeKey(scope), scope).toBe(true);
      expect(new Set(request.scopes).size).toBe(request.scopes.length);
    }
  });

  it("replays every history through the state machine and covers every state", () => {
    const counts = new Map<RequestState, number>();
    for (const request of dataset.requests) {
      const state = replay(request);
      counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    for (const state of REQUEST_STATES) expect(counts.get(state) ?? 0, state).toBeGreaterThan(0);
    expect(dataset.requests.length).toBeGreaterThanOrEqual(35);
    expect(dataset.requests.length).toBeLessThanOrEqual(45);
    expect(dataset.requests.some((r) => r.steps.some((s) => s.event === "reopen") && replay(r) === "submitted")).toBe(
      true,
    );
  });

  it("dates steps in order, 1 to 25 days apart, within six months before now", () => {
    for (const request of dataset.requests) {
      expect(request.createdAt.getTime()).toBeGreaterThan(NOW.getTime() - 183 * DAY);
      let previous = request.createdAt.getTime();
      for (const step of request.steps) {
        const delay = step.at.getTime() - previous;
        expect(delay).toBeGreaterThanOrEqual(DAY);
        expect(delay).toBeLessThanOrEqual(25 * DAY);
        previous = step.at.getTime();
      }
      expect(previous).toBeLessThan(NOW.getTime());
    }
  });

  it("has each step caused by an actor allowed to cause it, with the motivations and documents required", () => {
    for (const request of dataset.requests) {
      for (const step of request.steps) {
        const actor = userByKey.get(step.actorKey);
        expect(actor, step.actorKey).toBeDefined();
        if (actor === undefined) continue;
        expect(roleMayCause(actor.role, step.event), `${actor.key} ${step.event}`).toBe(true);
        if (step.event === "submit" || step.event === "provide_tariff_act")
          expect(step.actorKey).toBe(request.applicantKey);
        if (requiresMotivation(step.event)) expect(step.motivation?.length ?? 0).toBeGreaterThan(40);
        expect(step.motivation ?? "").not.toMatch(/\{|\}/);
        if (step.event === "provide_tariff_act") expect(step.document?.kind).toBe("tariff_act");
        else expect(step.document).toBeUndefined();
      }
      expect(userByKey.get(request.applicantKey)?.organisationKey).toBe(request.organisationKey);
      if (request.assignedInstructorKey !== undefined)
        expect(userByKey.get(request.assignedInstructorKey)?.role).toBe("instructor");
      if (replay(request) !== "draft") {
        expect(request.documents.length).toBeGreaterThan(0);
        expect(request.legalFrameworkText.length).toBeGreaterThan(20);
      }
    }
  });

  it("assigns an instructor to most requests under instruction", () => {
    const pending = dataset.requests.filter((r) => ["submitted", "tariff_act_requested"].includes(replay(r)));
    const assigned = pending.filter((r) => r.assignedInstructorKey !== undefined);
    expect(assigned.length / pending.length).toBeGreaterThan(0.7);
  });

  it("gives the demo applicant's organisation a request in every state", () => {
    const own = dataset.requests.filter((r) => r.organisationKey === userByKey.get("demo-applicant")?.organisationKey);
    expect(new Set(own.map(replay))).toEqual(new Set(REQUEST_STATES));
  });

  it("dates messages after the first step and before now, between the request's parties", () => {
    const withMessages = dataset.requests.filter((r) => r.messages.length > 0);
    expect(withMessages.length).toBeGreaterThanOrEqual(8);
    for (const request of withMessages) {
      const firstStep = request.steps[0]?.at.getTime() ?? Number.POSITIVE_INFINITY;
      for (const message of request.messages) {
        expect(message.at.getTime()).toBeGreaterThan(firstStep);
        expect(message.at.getTime()).toBeLessThan(NOW.getTime());
        const author = userByKey.get(message.authorKey);
        expect(message.authorKey === request.applicantKey || author?.role === "instructor", message.authorKey).toBe(
          true,
        );
      }
    }
  });

  it("writes every text in WinAnsi characters and every act at a realistic length", () => {
    for (const text of allStrings(dataset)) expect(nonWinAnsi(text), text.slice(0, 60)).toEqual([]);
    const documents = dataset.requests.flatMap((r) => [
      ...r.documents,
      ...r.steps.flatMap((s) => (s.document ? [s.document] : [])),
    ]);
    for (const document of documents) {
      expect(document.text.length, document.fileName).toBeGreaterThanOrEqual(1500);
      expect(document.text.length, document.fileName).toBeLessThanOrEqual(5000);
      expect(document.fileName).toMatch(/\.pdf$/);
      expect(document.text).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

describe("demo act templates", () => {
  it("offer at least ten templates whose texts stay within bounds for every issuer", () => {
    expect(ACT_TEMPLATE_KEYS.length).toBeGreaterThanOrEqual(10);
    for (const key of ACT_TEMPLATE_KEYS) {
      for (const organisation of DEMO_ORGANISATIONS) {
        for (let seed = 1; seed <= 12; seed++) {
          const date = new Date(Date.UTC(2023 + (seed % 3), seed % 12, 1 + seed * 2));
          const { text } = writeAct(key, {
            issuer: issuerOf(organisation.key),
            date,
            number: "2024-045",
            seed: seed * 7919,
          });
          expect(text.length, `${key} ${organisation.key}`).toBeGreaterThanOrEqual(1500);
          expect(text.length, `${key} ${organisation.key}`).toBeLessThanOrEqual(5000);
          expect(nonWinAnsi(text)).toEqual([]);
        }
      }
    }
  });

  it("write different texts for different collectivités and seeds", () => {
    const context = (key: string, seed: number) => ({
      issuer: issuerOf(key),
      date: new Date(Date.UTC(2024, 2, 12)),
      number: "2024-045",
      seed,
    });
    for (const key of ACT_TEMPLATE_KEYS) {
      expect(writeAct(key, context("montclar", 1)).text).not.toBe(writeAct(key, context("valbrune", 1)).text);
      expect(writeAct(key, context("montclar", 1)).text).not.toBe(writeAct(key, context("montclar", 2)).text);
    }
  });

  it("say in words what their traits claim", () => {
    const context = {
      issuer: issuerOf("montclar"),
      date: new Date(Date.UTC(2024, 5, 3)),
      number: "2024-061",
      seed: 42,
    };
    for (const key of ACT_TEMPLATE_KEYS) {
      const text = writeAct(key, context).text;
      const traits = actTraits(key);
      if (traits.byQuotientFamilial)
        expect(text, key).toMatch(/Tranche \w+ — (QF|quotient familial)|quotient familial [^.]*inférieur ou égal/);
      if (traits.byResidence) expect(text, key).toMatch(/domicili|résident/i);
      if (traits.byNumberOfChildren) expect(text, key).toMatch(/[àÀ] partir du (3e enfant|deuxième)/);
      if (traits.checksAllocataire) expect(text, key).toMatch(/numéro d'allocataire/);
      if (traits.mentionsIncomeOrTax) expect(text, key).toMatch(/avis d'imposition/);
      if (!traits.fixesTariffs) expect(text, key).not.toMatch(/Tranche 1/);
    }
    expect(writeAct("tarif-unique-cantine", context).text).toMatch(/quotient familial n'est pas pris en compte/);
    expect(writeAct("api-particulier-generique", context).text).toMatch(/L114-8/);
  });
});
