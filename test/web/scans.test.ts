/**
 * A scan where OCR cannot run (as on Workers; the test harness reads without OCR on both
 * runtimes): the document is marked for reading elsewhere and every page says so, never an
 * empty "done".
 */

import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { newRequestForm } from "../support/requests";

// A 1×1 white PNG: enough for a page that carries an image and no text, as a scanner makes.
const WHITE_PIXEL = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"),
  (char) => char.charCodeAt(0),
);

export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const image = await pdf.embedPng(WHITE_PIXEL);
  pdf.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  return pdf.save();
}

describe("scans without OCR", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  it("are marked for manual reading, on the applicant's and the instructor's pages and in the API", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(await imageOnlyPdf()),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.readingIdle();
    expect(await pageText(await harness.request(`/demandes/${id}`, { as: applicant }))).toContain("lecture manuelle");
    await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1" }),
      as: applicant,
    });
    expect(await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }))).toContain(
      "lecture manuelle",
    );
  });
});
