/** An unexpected failure shows a clean French page (or fragment), logs one line, never a stack trace. */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { submittedRequest } from "../support/requests";

describe("unexpected errors", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const id = await submittedRequest(harness, applicant);
  // A real fault, not a mock: the table the request page reads is gone.
  await harness.db.run(sql`drop table messages`);

  it("answers 500 with a French page and one log line", async () => {
    const response = await harness.request(`/demandes/${id}`, { as: applicant });
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain("<!DOCTYPE html>");
    const text = await pageText(new Response(html));
    expect(text).toContain("Une erreur inattendue est survenue");
    expect(text).not.toMatch(/messages|SQLITE|at \S+ \(/);
    expect(harness.logs).toHaveLength(1);
    expect(harness.logs[0]).toMatch(new RegExp(`^\\[cadre\\] GET /demandes/${id} failed: `));
    expect(harness.logs[0]).not.toContain("\n");
  });

  it("answers an htmx request with a fragment instead of a page", async () => {
    const response = await harness.request(`/demandes/${id}`, { as: applicant, headers: { "hx-request": "true" } });
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).not.toContain("<html");
    expect(html).toContain('role="alert"');
  });
});
