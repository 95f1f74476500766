/**
 * Uploads of PDFs that run code or carry files are refused with a French reason and leave
 * nothing behind. Node only: the fixtures are made with tools that need Node.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { requests } from "../../src/storage/schema";
import { makeJavaScriptPdf, makeLaunchPdf, makePdfWithAttachment } from "../support/document-fixtures";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { newRequestForm } from "../support/requests";

describe("active PDFs", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);

  it("refuses a PDF that carries JavaScript, a launch action or attached files, and stores nothing", async () => {
    for (const [label, bytes] of [
      ["du code JavaScript", await makeJavaScriptPdf()],
      ["une action de lancement de programme", await makeLaunchPdf()],
      ["des fichiers joints", await makePdfWithAttachment()],
    ] as const) {
      const form = newRequestForm(null);
      form.append("documents", new File([bytes as Uint8Array<ArrayBuffer>], "piege.pdf"));
      const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
      expect(response.status, label).toBe(422);
      expect(await pageText(response)).toContain(`contient ${label}`);
    }
    expect(await harness.db.select().from(requests).where(eq(requests.organisationId, organisation.id))).toHaveLength(
      0,
    );
  });
});
