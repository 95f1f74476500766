/** inspectPdfHazards on PDFs built by pdf-lib, and on the name tricks a hostile file would use. */

import { describe, expect, it } from "vitest";
import { inspectPdfHazards } from "../../src/documents/pdf-hazards";
import {
  makeEncryptedPdf,
  makeJavaScriptPdf,
  makeLaunchPdf,
  makePdfWithAttachment,
  makeScannedPdf,
  makeTextPdf,
} from "../support/document-fixtures";

const NONE = { javascript: false, launchAction: false, embeddedFiles: false, encrypted: false };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

describe("inspectPdfHazards", () => {
  it("finds nothing in plain text and scanned PDFs", async () => {
    expect(inspectPdfHazards(await makeTextPdf())).toEqual(NONE);
    expect(inspectPdfHazards(await makeScannedPdf([["Délibération"]]))).toEqual(NONE);
  });

  it("finds JavaScript hidden in a compressed object stream", async () => {
    const pdf = await makeJavaScriptPdf();
    expect(latin1(pdf)).not.toContain("/JavaScript"); // only decompression can see it
    expect(latin1(pdf)).toContain("/ObjStm");
    expect(inspectPdfHazards(pdf)).toEqual({ ...NONE, javascript: true });
  });

  it("finds a launch action and an attached file", async () => {
    expect(inspectPdfHazards(await makeLaunchPdf())).toEqual({ ...NONE, launchAction: true });
    expect(inspectPdfHazards(await makePdfWithAttachment())).toEqual({ ...NONE, embeddedFiles: true });
  });

  it("finds encryption, with or without a user password", async () => {
    expect(inspectPdfHazards(await makeEncryptedPdf("secret"))).toEqual({ ...NONE, encrypted: true });
    expect(inspectPdfHazards(await makeEncryptedPdf(""))).toEqual({ ...NONE, encrypted: true });
  });

  it("decodes #xx escapes in names, as readers do", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj << /OpenAction << /S /J#61vaScript /J#53 (x) >> >> endobj\n%%EOF\n",
    );
    expect(inspectPdfHazards(pdf).javascript).toBe(true);
  });

  it("does not mistake stream contents for names", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj << /Length 12 >> stream\n/JS (x) /Launch\nendstream endobj\n%%EOF\n",
    );
    expect(inspectPdfHazards(pdf)).toEqual(NONE);
  });

  it("survives garbage and empty input", () => {
    expect(inspectPdfHazards(new Uint8Array(0))).toEqual(NONE);
    const broken = new TextEncoder().encode(
      "%PDF-1.4\n1 0 obj << /Type /ObjStm /Filter /FlateDecode >> stream\nnot deflate",
    );
    expect(inspectPdfHazards(broken)).toEqual(NONE);
  });
});
