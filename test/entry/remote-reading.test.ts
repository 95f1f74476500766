/**
 * The Node reader for a Worker's scans: a scan left "needs_ocr" by a runtime without OCR is
 * read through the API (admin token) with real OCR here, and the request is judged again.
 */

import { describe, expect, it } from "vitest";
import { createApiToken } from "../../src/services/create-api-token";
import { readRemoteDocuments } from "../../src/entry/node-reader";
import { createHarness } from "../support/harness";
import { TEST_ORIGIN } from "../support/harness-core";
import { makeScannedPdf } from "../support/document-fixtures";
import { newRequestForm } from "../support/requests";

describe("remote reading of scans", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const admin = await createApiToken(harness.db, { role: "admin" }, harness.clock.now);
  const editor = await createApiToken(harness.db, { role: "applicant", siret: organisation.siret }, harness.clock.now);
  const viaApp: typeof fetch = (input, init) => harness.request(new URL(String(input)).pathname, init);

  it("reads the scan with OCR and stores the judgement", { timeout: 120_000 }, async () => {
    const scan = await makeScannedPdf([
      [
        "Le conseil municipal, après en avoir délibéré, décide :",
        "les tarifs de la cantine sont fixés selon le quotient familial :",
        "QF inférieur à 600 euros : 1,50 euro par repas.",
      ],
    ]);
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(scan),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.readingIdle();
    const waiting = (await (
      await harness.request(`/api/v1/demandes/${id}`, { headers: { authorization: `Bearer ${editor}` } })
    ).json()) as {
      documents: { reading_status: string }[];
      annotation_status: string;
    };
    expect(waiting.documents[0]?.reading_status).toBe("needs_ocr");
    expect(waiting.annotation_status).toBe("pending");

    await expect(readRemoteDocuments(TEST_ORIGIN, editor, viaApp)).rejects.toThrow(/403/);
    expect(await readRemoteDocuments(TEST_ORIGIN, admin, viaApp)).toBe(1);

    const read = (await (
      await harness.request(`/api/v1/demandes/${id}`, { headers: { authorization: `Bearer ${editor}` } })
    ).json()) as {
      documents: { reading_status: string; reading_method: string }[];
      annotation_status: string;
      signals: Record<string, boolean>;
    };
    expect(read.documents[0]).toMatchObject({ reading_status: "done", reading_method: "ocr" });
    expect(read.annotation_status).toBe("done");
    expect(read.signals.tariff_by_quotient_familial).toBe(true);
  });
});
