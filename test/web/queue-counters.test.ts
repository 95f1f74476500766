/**
 * The queue's tab counters (kept by triggers, or remembered per database generation when the
 * requests are filtered) follow every change at once: a submission, a decision, taking and
 * releasing a request, and a change written by another writer than this application (as the
 * CLI or a second server would). The kept counters always equal a fresh count of the requests.
 */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decideRequest } from "../../src/services/decide-request";
import { toActor } from "../../src/storage/people-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequest } from "../support/requests";

describe("queue tab counters", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const first = await submittedRequest(harness, applicant);
  const second = await submittedRequest(harness, applicant);

  const tabs = async (query = "") => {
    const response = await harness.request(`/instruction${query}`, { as: instructor });
    expect(response.status).toBe(200);
    const text = await pageText(response);
    return {
      toInstruct: /À instruire \((\d+)\)/.exec(text)?.[1],
      mine: /Suivies par moi \((\d+)\)/.exec(text)?.[1],
      done: /Traitées \((\d+)\)/.exec(text)?.[1],
      all: /Toutes \((\d+)\)/.exec(text)?.[1],
    };
  };

  it("counts, then counts the same again from memory", async () => {
    expect(await tabs()).toEqual({ toInstruct: "2", mine: "0", done: "0", all: "2" });
    expect(await tabs()).toEqual({ toInstruct: "2", mine: "0", done: "0", all: "2" });
  });

  it("follows a decision and taking a request made through the site", async () => {
    const decided = await harness.request(`/instruction/demandes/${first}/valider`, {
      method: "POST",
      body: decisionForm(2),
      as: instructor,
    });
    expect(decided.status).toBeLessThan(400);
    expect(await tabs()).toEqual({ toInstruct: "1", mine: "0", done: "1", all: "2" });
    await harness.request(`/instruction/demandes/${second}/prendre`, { method: "POST", as: instructor });
    expect(await tabs()).toEqual({ toInstruct: "1", mine: "1", done: "1", all: "2" });
  });

  let third = 0;
  it("follows a new submission and a change written outside the application", async () => {
    third = await submittedRequest(harness, applicant);
    expect(await tabs()).toEqual({ toInstruct: "2", mine: "1", done: "1", all: "3" });
    // Another writer on the same database (a CLI, another server): the generation moves too.
    await decideRequest(
      { db: harness.db, actor: toActor(instructor), now: () => harness.clock.now },
      { requestId: second, decision: "reject", motivation: "Pièce manquante.", version: 2 },
    );
    expect(await tabs()).toEqual({ toInstruct: "1", mine: "0", done: "2", all: "3" });
  });

  it("keeps filtered counters exact", async () => {
    expect(await tabs("?onglet=toutes&cas=tarification-transports")).toMatchObject({ all: "0" });
    expect(await tabs("?onglet=toutes&q=introuvablezzz")).toMatchObject({ all: "0" });
  });

  it("reads nobody's requests from the kept counters too", async () => {
    expect(await tabs("?onglet=toutes&instructeur=aucun")).toMatchObject({ all: "2" });
    await harness.request(`/instruction/demandes/${third}/prendre`, { method: "POST", as: instructor });
    expect(await tabs("?onglet=toutes&instructeur=aucun")).toMatchObject({ all: "1" });
    await harness.request(`/instruction/demandes/${third}/liberer`, { method: "POST", as: instructor });
    expect(await tabs("?onglet=toutes&instructeur=aucun")).toMatchObject({ all: "2" });
  });

  it("counts every tab of a filtered queue in one pass, each with its states and instructor", async () => {
    await harness.request(`/instruction/demandes/${third}/prendre`, { method: "POST", as: instructor });
    const whole = { toInstruct: "1", mine: "1", done: "2", all: "3" };
    expect(await tabs()).toEqual(whole);
    // Remembered per generation (use case), and read afresh (département): the same numbers.
    expect(await tabs("?cas=tarification-municipale-enfance")).toEqual(whole);
    expect(await tabs("?dept=35")).toEqual(whole);
    // Nobody's: the one decided outside the site (the site's decision assigned its instructor);
    // « Suivies par moi » stays the instructor's own, whatever the instructor filter.
    expect(await tabs("?dept=35&instructeur=aucun")).toEqual({ toInstruct: "0", mine: "1", done: "1", all: "1" });
    expect(await tabs("?dept=36")).toEqual({ toInstruct: "0", mine: "0", done: "0", all: "0" });
    await harness.request(`/instruction/demandes/${third}/liberer`, { method: "POST", as: instructor });
    expect(await tabs("?cas=tarification-municipale-enfance")).toEqual({ ...whole, mine: "0" });
  });

  it("keeps counters equal to a fresh count of the requests", async () => {
    const kept = await harness.db.all<{ state: string; assigned: number; count: number }>(
      sql`select state, assigned_instructor_id as assigned, count from queue_counters where count <> 0 order by 1, 2`,
    );
    const counted = await harness.db.all<{ state: string; assigned: number; count: number }>(
      sql`select state, coalesce(assigned_instructor_id, 0) as assigned, count(*) as count from requests group by 1, 2 order by 1, 2`,
    );
    expect(kept.map((row) => ({ ...row }))).toEqual(counted.map((row) => ({ ...row })));
    expect(counted.length).toBeGreaterThan(1);
  });
});
