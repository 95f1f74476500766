/**
 * The demo dataset: ten collectivités, their agents, the Cadre staff and about forty
 * requests in every state. Everything derives from fixed seeds and from `now`, so a given
 * `now` always yields the same data, and every history replays through the real state
 * machine (the builder refuses a story the machine would refuse).
 */

import { nextState, type RequestEvent, type RequestState } from "../domain/request-state";
import { DEMO_ORGANISATIONS, DEMO_USERS, issuerOf } from "./dataset-parties";
import type { DemoDataset, DemoDocument, DemoMessage, DemoRequest, DemoStep, DocumentKind } from "./dataset-types";
import { writeAct, type ActTemplateKey, type Issuer, type WrittenAct } from "./deliberation-texts";
import { createRng, seedFrom, type Rng } from "./random";
import { COMMUNE_SCENARIOS } from "./scenarios/communes";
import type { Scenario } from "./scenarios/kit";
import { OTHER_SCENARIOS } from "./scenarios/others";
import { addDays, startOfUtcDay } from "./texts/format";

const SCENARIOS: readonly Scenario[] = [...COMMUNE_SCENARIOS, ...OTHER_SCENARIOS];

const MINUTE_MS = 60_000;
// Office hours, in minutes since midnight UTC: agents and instructors act between 8:00 and 18:00.
const OPENING = 8 * 60;
const CLOSING = 18 * 60 - 1;
const MAX_DELAY_DAYS = 25;
const ADMIN_KEY = "demo-admin";

export function buildDemoDataset(now: Date): DemoDataset {
  const today = startOfUtcDay(now);
  const taken = new Set<string>();
  return {
    organisations: DEMO_ORGANISATIONS,
    users: DEMO_USERS,
    requests: SCENARIOS.map((scenario, index) => buildRequest(scenario, index, today, now, taken)),
  };
}

function at(today: Date, day: number, minute: number): Date {
  return new Date(addDays(today, day).getTime() + minute * MINUTE_MS);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * Registers number acts in order through the year, and a number is never given twice by
 * the same body: `taken` holds the numbers already used across the whole dataset.
 */
function actNumber(issuer: Issuer, template: ActTemplateKey, date: Date, rng: Rng, taken: Set<string>): string {
  const year = date.getUTCFullYear();
  const month = pad(date.getUTCMonth() + 1, 2);
  const dayOfYear = Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000);
  const perYear =
    template === "decision-maire-sejours"
      ? 40
      : { epci: 180, ccas: 30, departement: 400, region: 500, commune: issuer.seats * 4, autre: 60 }[issuer.kind];
  let sequence = 1 + Math.floor((dayOfYear * perYear) / 366) + rng.int(0, 3);
  const format = (n: number): string => {
    if (template === "decision-maire-sejours") return `${year}-D-${pad(n, 3)}`;
    switch (issuer.kind) {
      case "epci":
        return `DC-${year}-${pad(n, 3)}`;
      case "ccas":
        return `CA-${year}-${pad(n, 2)}`;
      case "departement":
        return `CP-${year}-${month}-${pad(n % 100, 2)}`;
      case "region":
        return `CPR-${String(year).slice(2)}-${month}.${pad(n % 100, 2)}`;
      default:
        return `${year}-${pad(n, 3)}`;
    }
  };
  while (taken.has(`${issuer.siren}|${format(sequence)}`)) sequence++;
  taken.add(`${issuer.siren}|${format(sequence)}`);
  return format(sequence);
}

// Fixed public holidays as [month (0-based), day]; movable ones (Easter…) are left out.
const HOLIDAYS = [
  [4, 1],
  [4, 8],
  [6, 14],
  [10, 1],
  [10, 11],
] as const;

/** Councils do not sit at weekends, on public holidays, over Christmas or in early August: move back to a working day. */
function councilDay(date: Date): Date {
  let day = date;
  const closed = (d: Date) => {
    const weekday = d.getUTCDay();
    const month = d.getUTCMonth();
    const dom = d.getUTCDate();
    return (
      weekday === 0 ||
      weekday === 6 ||
      (month === 11 && dom >= 22) ||
      (month === 0 && dom <= 3) ||
      (month === 7 && dom <= 20) ||
      HOLIDAYS.some(([m, d2]) => m === month && d2 === dom)
    );
  };
  while (closed(day)) day = addDays(day, -1);
  return day;
}

interface Dated {
  readonly number: string;
  readonly date: Date;
}

function write(template: ActTemplateKey, issuer: Issuer, dated: Dated, seed: number): WrittenAct {
  return writeAct(template, { issuer, date: dated.date, number: dated.number, seed });
}

function asDocument(act: WrittenAct, kind: DocumentKind): DemoDocument {
  return { kind, fileName: act.fileName, title: act.title, text: act.text };
}

function buildRequest(scenario: Scenario, index: number, today: Date, now: Date, taken: Set<string>): DemoRequest {
  const rng = createRng(seedFrom("demo-request", index, scenario.org));
  const issuer = issuerOf(scenario.org);
  let day = -scenario.daysAgo;
  let minute = rng.int(OPENING, CLOSING);
  const createdAt = at(today, day, minute);

  // Acts are voted weeks or months before the request: an older act is fine if it fixes the tariffs.
  const actDate = councilDay(addDays(startOfUtcDay(createdAt), -rng.int(25, 400)));
  const mainDated: Dated | undefined =
    scenario.act === undefined
      ? undefined
      : { date: actDate, number: actNumber(issuer, scenario.act, actDate, rng, taken) };
  const main =
    scenario.act === undefined || mainDated === undefined
      ? undefined
      : write(scenario.act, issuer, mainDated, seedFrom(scenario.org, index, scenario.act));
  const annex =
    scenario.annex === undefined || mainDated === undefined
      ? undefined
      : write(scenario.annex, issuer, mainDated, seedFrom(scenario.org, index, "annex"));
  const provided =
    scenario.provided === undefined
      ? undefined
      : writeProvided(scenario, index, issuer, mainDated, actDate, rng, taken);

  const documents: DemoDocument[] = [];
  if (main !== undefined) documents.push(asDocument(main, "deliberation"));
  if (annex !== undefined) documents.push(asDocument(annex, "annex"));

  const fill = (text: string) =>
    text
      .replaceAll("{Acte}", capitalise(main?.reference ?? "l'acte transmis"))
      .replaceAll("{acte}", main?.reference ?? "l'acte transmis")
      .replaceAll("{annexe}", annex?.reference ?? provided?.reference ?? "l'annexe tarifaire");

  let state: RequestState = "draft";
  const steps: DemoStep[] = scenario.steps.map((step, position) => {
    const next = nextState(state, step.event);
    if (next === null) throw new Error(`demo request ${index}: ${step.event} is not possible from ${state}`);
    state = next;
    const remaining = scenario.steps.length - position;
    const maxDelay = Math.min(MAX_DELAY_DAYS, Math.floor((-1 - day) / remaining));
    if (maxDelay < 1) throw new Error(`demo request ${index}: daysAgo too small for ${scenario.steps.length} steps`);
    const delay = rng.int(1, maxDelay);
    // Bound the time of day so that the delay stays within [1, 25] whole days.
    minute = rng.int(delay === 1 ? minute : OPENING, delay === MAX_DELAY_DAYS ? minute : CLOSING);
    day += delay;
    const built: { -readonly [K in keyof DemoStep]: DemoStep[K] } = {
      event: step.event,
      actorKey: actorFor(scenario, step.event, index),
      at: at(today, day, minute),
    };
    if (step.motivation !== undefined) built.motivation = fill(step.motivation);
    if (step.event === "provide_tariff_act") {
      if (provided === undefined) throw new Error(`demo request ${index}: provide_tariff_act without a provided act`);
      built.document = asDocument(provided, "tariff_act");
    }
    return built;
  });

  const request: { -readonly [K in keyof DemoRequest]: DemoRequest[K] } = {
    organisationKey: scenario.org,
    applicantKey: scenario.applicant,
    useCase: scenario.useCase,
    scopes: [...scenario.scopes],
    legalFrameworkText: scenario.legalFrameworkText ?? main?.summary ?? "",
    createdAt,
    documents,
    steps,
    messages: placeMessages(scenario, steps, now, index),
  };
  if (scenario.legalFrameworkUrl !== undefined) request.legalFrameworkUrl = scenario.legalFrameworkUrl;
  if (scenario.instructor !== undefined) request.assignedInstructorKey = scenario.instructor;
  return request;
}

/** The act sent after request_tariff_act: the missing annex of the same délibération, or an older tariff act. */
function writeProvided(
  scenario: Scenario,
  index: number,
  issuer: Issuer,
  mainDated: Dated | undefined,
  actDate: Date,
  rng: Rng,
  taken: Set<string>,
): WrittenAct | undefined {
  if (scenario.provided === undefined) return undefined;
  const sameDeliberation = scenario.act === "proces-verbal-grille-en-annexe" && mainDated !== undefined;
  const olderDate = councilDay(addDays(actDate, -rng.int(30, 500)));
  const dated = sameDeliberation
    ? mainDated
    : { date: olderDate, number: actNumber(issuer, scenario.provided, olderDate, rng, taken) };
  return write(scenario.provided, issuer, dated, seedFrom(scenario.org, index, "provided"));
}

function actorFor(scenario: Scenario, event: RequestEvent, index: number): string {
  if (event === "submit" || event === "provide_tariff_act") return scenario.applicant;
  if (event === "reopen") return ADMIN_KEY;
  if (scenario.instructor === undefined)
    throw new Error(`demo request ${index}: ${event} needs an assigned instructor`);
  return scenario.instructor;
}

/** Messages sit evenly in the gap after their step, so they never cross a later step or `now`. */
function placeMessages(scenario: Scenario, steps: readonly DemoStep[], now: Date, index: number): DemoMessage[] {
  const messages = scenario.messages ?? [];
  return messages.map((message) => {
    const start = steps[message.after]?.at;
    if (start === undefined) throw new Error(`demo request ${index}: message after a missing step`);
    const end = steps[message.after + 1]?.at ?? new Date(Math.min(now.getTime(), start.getTime() + 4 * 86_400_000));
    const group = messages.filter((other) => other.after === message.after);
    const rank = group.indexOf(message) + 1;
    const time = start.getTime() + ((end.getTime() - start.getTime()) * rank) / (group.length + 1);
    const authorKey = message.from === "applicant" ? scenario.applicant : scenario.instructor;
    if (authorKey === undefined) throw new Error(`demo request ${index}: instructor message without an instructor`);
    return { authorKey, body: message.body, at: new Date(Math.floor(time / MINUTE_MS) * MINUTE_MS) };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
