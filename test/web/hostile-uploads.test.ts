/**
 * Hostile files at upload, on every upload path (the applicant's forms, the tariff act, the
 * API): PDFs that would run code or carry files (hidden in object streams behind every standard
 * filter), a DOCX zip bomb, a DOCX lying about its sizes, a PDF stream bomb, a truncated PDF. Each is refused with
 * a French message before anything is stored: no request, no document, no blob, no event, no
 * e-mail. Legitimate files still pass. Runs on Node, workerd and sqld: the fixtures are made
 * with pdf-lib and fflate at run time.
 */

import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { messages } from "../../src/documents/extraction-failure";
import { PDF_HAZARD_LABELS } from "../../src/documents/pdf-hazard-kinds";
import { createApiToken } from "../../src/services/create-api-token";
import * as tables from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { GIB, makeDocxBomb, makeSmallDocx, withDeclaredSize } from "../support/hostile-archives";
import { formWithoutScript, HOSTILE_PDFS, pdfWithStreamBomb, plainPdf } from "../support/hostile-pdfs";
import { pageText } from "../support/html";
import { STREAM_FILTERS } from "../support/pdf-filters";
import { decisionForm, newRequestForm, samplePdf, submittedRequest } from "../support/requests";

const STORED: Record<string, SQLiteTable> = {
  requests: tables.requests,
  requestScopes: tables.requestScopes,
  documents: tables.documents,
  documentChunks: tables.documentChunks,
  documentTexts: tables.documentTexts,
  events: tables.events,
  outbox: tables.outbox,
  messages: tables.messages,
};

interface HostileFile {
  readonly name: string;
  readonly make: () => Promise<Uint8Array>;
  readonly message: string;
}

const activePdf = (labels: readonly string[]) =>
  `Le PDF « piege.pdf » contient ${labels.join(" et ")} : par sécurité, Cadre le refuse. ` +
  "Ouvrez-le, imprimez-le en PDF (« Imprimer », puis « Enregistrer au format PDF ») et déposez ce nouveau fichier.";

const HOSTILE: Record<string, HostileFile> = {
  ...Object.fromEntries(
    Object.entries(HOSTILE_PDFS).map(([label, hostile]) => [
      `a PDF with ${label}`,
      {
        name: "piege.pdf",
        make: () => hostile.make(),
        message: activePdf(
          (Object.keys(PDF_HAZARD_LABELS) as (keyof typeof PDF_HAZARD_LABELS)[])
            .filter((hazard) => hostile.finds.includes(hazard))
            .map((hazard) => PDF_HAZARD_LABELS[hazard]),
        ),
      },
    ]),
  ),
  ...Object.fromEntries(
    STREAM_FILTERS.map((filter) => [
      `a PDF whose OpenAction script hides behind ${filter}`,
      {
        name: "piege.pdf",
        make: () => HOSTILE_PDFS["OpenAction JavaScript"]!.make(filter),
        message: activePdf([PDF_HAZARD_LABELS.javascript]),
      },
    ]),
  ),
  "a DOCX zip bomb (1 GiB from 1 MB)": {
    name: "deliberation.docx",
    make: async () => makeDocxBomb(GIB),
    message: `Fichier « deliberation.docx » : ${messages.archiveTooLarge("docx")}`,
  },
  "a DOCX bomb that declares 4 KiB": {
    name: "deliberation.docx",
    make: async () => withDeclaredSize(makeDocxBomb(GIB), "word/document.xml", 4096),
    message: `Fichier « deliberation.docx » : ${messages.archiveTooLarge("docx")}`,
  },
  "a DOCX whose headers lie about a size": {
    name: "deliberation.docx",
    make: async () => withDeclaredSize(makeSmallDocx(), "word/document.xml", 10),
    message: `Fichier « deliberation.docx » : ${messages.damaged}`,
  },
  "a PDF whose content stream inflates to 1 GiB": {
    name: "deliberation.pdf",
    make: pdfWithStreamBomb,
    message: `Fichier « deliberation.pdf » : ${messages.pdfTooLarge}`,
  },
  "a truncated PDF": {
    name: "deliberation.pdf",
    make: async () => {
      const pdf = await samplePdf();
      return pdf.slice(0, pdf.length >> 1);
    },
    message: `Fichier « deliberation.pdf » : ${messages.damaged}`,
  },
};

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

describe("hostile uploads", { timeout: 60_000 }, async () => {
  const harness = await createHarness({
    rateLimits: {
      signIn: { limit: 1000, windowMs: 60_000 },
      uploads: { limit: 1000, windowMs: 60_000 },
      api: { limit: 1000, windowMs: 60_000 },
    },
  });
  const organisation = await harness.organisation();
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");
  const token = await createApiToken(harness.db, { role: "applicant", siret: organisation.siret }, harness.clock.now);
  const created = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf()),
    as: applicant,
  });
  const draft = Number(created.headers.get("location")!.split("/").pop());
  const awaitingAct = await submittedRequest(harness, applicant);
  const asked = await harness.request(`/instruction/demandes/${awaitingAct}/demander-acte-tarifaire`, {
    method: "POST",
    body: decisionForm(2, "Merci de joindre la délibération qui fixe la grille tarifaire."),
    as: instructor,
  });
  expect(asked.status).toBe(303);
  await harness.readingIdle();

  it.each(Object.entries(HOSTILE))("refuses %s: French message, nothing stored", async (_, hostile) => {
    const before = await rowCounts(harness.db, STORED);
    const form = newRequestForm(null);
    form.append("documents", file(await hostile.make(), hostile.name));
    const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain(hostile.message);
    expect(await rowCounts(harness.db, STORED)).toEqual(before);
  });

  const EVERY_PATH = ["a PDF with OpenAction JavaScript", "a DOCX zip bomb (1 GiB from 1 MB)", "a truncated PDF"];

  it.each(EVERY_PATH)("refuses %s on the other upload paths too, storing nothing", async (label) => {
    const hostile = HOSTILE[label]!;
    const bytes = await hostile.make();
    const before = await rowCounts(harness.db, STORED);
    const pages: [string, FormData][] = [
      [`/demandes/${draft}/documents`, formWith({ kind: "annex" })],
      [`/demandes/${awaitingAct}/acte-tarifaire`, formWith({ version: "3" })],
    ];
    for (const [path, form] of pages) {
      form.append("documents", file(bytes, hostile.name));
      const response = await harness.request(path, { method: "POST", body: form, as: applicant });
      expect(response.status, path).toBe(422);
      expect(await pageText(response), path).toContain(hostile.message);
    }
    const api: [string, FormData][] = [
      ["/api/v1/demandes", formWith({ use_case: "tarification-municipale-enfance", scopes: "cnaf_quotient_familial" })],
      [`/api/v1/demandes/${draft}/documents`, formWith({ kind: "annexe" })],
    ];
    for (const [path, form] of api) {
      form.append("documents", file(bytes, hostile.name));
      const response = await harness.request(path, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status, path).toBe(422);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error, path).toMatchObject({ code: "validation", message: hostile.message });
    }
    expect(await rowCounts(harness.db, STORED)).toEqual(before);
  });

  it("still takes legitimate files: plain PDFs behind every filter, a form without scripts, a DOCX", async () => {
    const legitimate: (readonly [string, Uint8Array])[] = [
      ...(await Promise.all(STREAM_FILTERS.map(async (filter) => [`${filter}.pdf`, await plainPdf(filter)] as const))),
      ["formulaire.pdf", await formWithoutScript()],
      ["deliberation.docx", makeSmallDocx()],
    ];
    for (const [name, bytes] of legitimate) {
      const form = newRequestForm(null);
      form.append("documents", file(bytes, name));
      const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
      expect(response.status, name).toBe(303);
    }
    await harness.readingIdle();
  });
});

function formWith(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
