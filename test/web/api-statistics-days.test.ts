/** `/api/v1/statistiques?from=D&to=D` counts the whole of day D, both bounds included, as the exports do. */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { createHarness } from "../support/harness";
import { decisionForm, submittedRequest } from "../support/requests";

describe("API statistics by day", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  // Day D = 2026-11-02 (UTC): filed at 09:00, refused at 23:30.
  const id = await submittedRequest(harness, applicant);
  harness.clock.now = Date.UTC(2026, 10, 2, 23, 30);
  const refused = await harness.request(`/instruction/demandes/${id}/refuser`, {
    method: "POST",
    body: decisionForm(2, "La délibération ne fixe pas de tarifs."),
    as: instructor,
  });
  expect(refused.status).toBe(303);
  const token = await createApiToken(harness.db, { role: "reporter" }, harness.clock.now);
  const stats = async (query: string) => {
    const response = await harness.request(`/api/v1/statistiques?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it("counts the events of day D with from=D&to=D", async () => {
    const { status, body } = await stats("from=2026-11-02&to=2026-11-02");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      from: "2026-11-02T00:00:00.000Z",
      to: "2026-11-02T23:59:59.999Z",
      submitted: 1,
      decided: 1,
      rejected: 1,
    });
  });

  it("counts nothing from the day after, or up to the day before", async () => {
    expect((await stats("from=2026-11-03")).body).toMatchObject({ submitted: 0, decided: 0 });
    expect((await stats("to=2026-11-01")).body).toMatchObject({ submitted: 0, decided: 0 });
    expect((await stats("from=2026-11-01&to=2026-11-02")).body).toMatchObject({ submitted: 1, decided: 1 });
  });

  it("takes days only, with a French message for anything else", async () => {
    const { status, body } = await stats("to=2026-11-02T10:00:00Z");
    expect(status).toBe(422);
    expect(JSON.stringify(body)).toContain("« to » doit être une date (AAAA-MM-JJ).");
  });
});
