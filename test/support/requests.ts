/** Helpers that file requests the way a browser does: multipart forms with real PDFs. */

import { expect } from "vitest";
import { renderTextPdf } from "../../src/demo/pdf";
import type { UserRow } from "../../src/storage/people-store";
import { findRequest } from "../../src/storage/requests-store";
import type { Harness } from "./harness-core";

/**
 * A whole (short) act: long enough to be read with confidence, so a criterion it lacks is "non
 * justifiée" rather than "à vérifier" (a one-line text may be a fragment).
 */
export const WHOLE_ACT_TEXT =
  "Le conseil municipal, après en avoir délibéré, fixe les tarifs de la restauration scolaire selon le quotient familial de la famille, à compter du 1er septembre. Les repas sont servis chaque midi en période scolaire dans les deux écoles de la commune. La présente délibération sera transmise au représentant de l'État.";

export async function samplePdf(
  text = "Le conseil municipal fixe les tarifs de la restauration scolaire selon le quotient familial.",
) {
  return renderTextPdf({ title: "Délibération n° 2026-001", text });
}

export function newRequestForm(pdf: Uint8Array | null, overrides: Record<string, string | string[]> = {}): FormData {
  const form = new FormData();
  const fields: Record<string, string | string[]> = {
    use_case: "tarification-municipale-enfance",
    scopes: ["cnaf_quotient_familial"],
    cadre_juridique_nature: "Délibération n° 2026-001 du 12 janvier 2026 fixant les tarifs de la cantine",
    cadre_juridique_url: "",
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  if (pdf)
    form.append(
      "documents",
      new File([pdf as Uint8Array<ArrayBuffer>], "deliberation.pdf", { type: "application/pdf" }),
    );
  return form;
}

/** A request filed and submitted by `applicant`; returns its id. */
export async function submittedRequest(harness: Harness, applicant: UserRow): Promise<number> {
  const created = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf()),
    as: applicant,
  });
  expect(created.status).toBe(303);
  const id = Number(created.headers.get("location")!.split("/").pop());
  const submitted = await harness.request(`/demandes/${id}/soumettre`, {
    method: "POST",
    body: new URLSearchParams({ version: "1", confirmation: "1" }),
    as: applicant,
  });
  expect(submitted.status).toBe(303);
  expect((await findRequest(harness.db, id))?.state).toBe("submitted");
  return id;
}

export function decisionForm(version: number, motivation = ""): URLSearchParams {
  return new URLSearchParams({ version: String(version), motivation });
}

/** A submitted request with its own use case, scopes and délibération text; returns its id. */
export async function submittedRequestWith(
  harness: Harness,
  applicant: UserRow,
  options: { useCase?: string; scopes?: string[]; text?: string },
): Promise<number> {
  const created = await harness.request("/demandes/nouvelle", {
    method: "POST",
    body: newRequestForm(await samplePdf(options.text), {
      ...(options.useCase ? { use_case: options.useCase } : {}),
      ...(options.scopes ? { scopes: options.scopes } : {}),
    }),
    as: applicant,
  });
  expect(created.status).toBe(303);
  const id = Number(created.headers.get("location")!.split("/").pop());
  const submitted = await harness.request(`/demandes/${id}/soumettre`, {
    method: "POST",
    body: new URLSearchParams({ version: "1", confirmation: "1" }),
    as: applicant,
  });
  expect(submitted.status).toBe(303);
  return id;
}
