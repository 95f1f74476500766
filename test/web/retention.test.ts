/** Retention: files and text of requests decided long ago are deleted; the proof (name, digest, event) stays. */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { purgeDocuments } from "../../src/services/purge-documents";
import { listRequestDocuments, readDocumentBytes } from "../../src/storage/documents-store";
import { listRequestTexts } from "../../src/storage/reading-store";
import { events } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, submittedRequest } from "../support/requests";

const DAY = 86_400_000;

describe("retention", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const old = await submittedRequest(harness, applicant);
  await harness.request(`/instruction/demandes/${old}/valider`, {
    method: "POST",
    body: decisionForm(2),
    as: instructor,
  });
  const pending = await submittedRequest(harness, applicant);
  await harness.readingIdle();
  harness.clock.now += 400 * DAY;
  const recent = await submittedRequest(harness, applicant);
  await harness.request(`/instruction/demandes/${recent}/refuser`, {
    method: "POST",
    body: decisionForm(2, "Non."),
    as: instructor,
  });
  await harness.readingIdle();

  it("purges only requests decided before the retention period, keeping the proof", async () => {
    expect(await purgeDocuments(harness.db, 365, harness.clock.now)).toEqual({ requests: 1, documents: 1 });
    const [document] = await listRequestDocuments(harness.db, old);
    expect(document).toMatchObject({ purgedAt: harness.clock.now, name: "deliberation.pdf" });
    expect(document!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readDocumentBytes(harness.db, document!.id)).toHaveLength(0);
    expect((await listRequestTexts(harness.db, old))[0]?.text).toBe("");
    const logged = await harness.db.select().from(events).where(eq(events.requestId, old));
    expect(logged.map((event) => event.type)).toContain("documents_purged");
    for (const kept of [pending, recent]) {
      const [still] = await listRequestDocuments(harness.db, kept);
      expect(still?.purgedAt).toBeNull();
      expect((await readDocumentBytes(harness.db, still!.id)).length).toBeGreaterThan(0);
    }
    expect(await purgeDocuments(harness.db, 365, harness.clock.now)).toEqual({ requests: 0, documents: 0 });
  });

  it("says a purged document is gone instead of serving an empty file", async () => {
    const [document] = await listRequestDocuments(harness.db, old);
    const response = await harness.request(`/demandes/${old}/documents/${document!.id}`, { as: applicant });
    expect(response.status).toBe(404);
    expect(await pageText(response)).toContain("supprimé à la fin de sa durée de conservation");
    expect(await pageText(await harness.request(`/demandes/${old}`, { as: applicant }))).toContain(
      "fin de la durée de conservation",
    );
  });
});
