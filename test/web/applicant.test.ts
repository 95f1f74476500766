/** The collectivité's requests through HTTP: filing, validation, submitting, the tariff-act round trip, privacy. */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { documents, events, requests } from "../../src/storage/schema";
import { findRequest } from "../../src/storage/requests-store";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";
import { decisionForm, newRequestForm, samplePdf, submittedRequest, WHOLE_ACT_TEXT } from "../support/requests";

describe("applicant", async () => {
  const harness = await createHarness();
  const organisation = await harness.organisation({ name: "Commune de Saint-Exemple" });
  const applicant = await harness.user("applicant", organisation.id);
  const instructor = await harness.user("instructor");

  const requestCount = async () =>
    (await harness.db.select().from(requests).where(eq(requests.organisationId, organisation.id))).length;

  it("files a draft with its délibération, then lists it with what to do next", async () => {
    const response = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(await samplePdf()),
      as: applicant,
    });
    expect(response.status).toBe(303);
    const id = Number(response.headers.get("location")!.split("/").pop());
    const request = await findRequest(harness.db, id);
    expect(request).toMatchObject({ state: "draft", version: 1, scopes: ["cnaf_quotient_familial"] });
    const stored = await harness.db.select().from(documents).where(eq(documents.requestId, id));
    expect(stored).toMatchObject([{ name: "deliberation.pdf", mediaType: "application/pdf", kind: "deliberation" }]);
    const list = await pageText(await harness.request("/demandes", { as: applicant }));
    expect(list).toContain(`Demande n° ${id}`);
    expect(list).toContain("Complétez la demande et soumettez-la.");
  });

  it("explains each wrong field in French and stores nothing", async () => {
    const before = await requestCount();
    const response = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null, { use_case: "inconnu", scopes: ["pas_une_donnee"], cadre_juridique_url: "ftp:/x" }),
      as: applicant,
    });
    expect(response.status).toBe(422);
    const page = await pageText(response);
    expect(page).toContain("Choisissez un cas d'usage dans la liste.");
    expect(page).toContain("Données inconnues : pas_une_donnee.");
    expect(page).toContain("Indiquez une adresse web complète");
    expect(await requestCount()).toBe(before);
  });

  it("refuses a file that is not a PDF, DOCX or ODT, whatever its name says, and stores nothing", async () => {
    const before = await requestCount();
    const form = newRequestForm(null);
    form.append("documents", new File(["<script>alert(1)</script>"], "deliberation.pdf", { type: "application/pdf" }));
    const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("Formats acceptés : PDF, DOCX, ODT.");
    expect(await requestCount()).toBe(before);
  });

  it("refuses an oversized upload while it arrives, in French, and stores nothing", async () => {
    const before = await requestCount();
    const form = newRequestForm(null);
    form.append("documents", new File([new Uint8Array(61 * 1024 * 1024)], "enorme.pdf"));
    const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    expect(response.status).toBe(413);
    expect(await pageText(response)).toContain("10 Mo par document et 6 documents au plus");
    expect(await requestCount()).toBe(before);
  });

  it("refuses a single document over 10 Mo with a message beside the field", async () => {
    const before = await requestCount();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const form = newRequestForm(null);
    form.append("documents", new File([big], "gros.pdf"));
    const response = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("Chaque fichier doit faire au plus 10 Mo.");
    expect(await requestCount()).toBe(before);
  });

  it("submits once when « Soumettre » is clicked twice", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(await samplePdf()),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    const click = () =>
      harness.request(`/demandes/${id}/soumettre`, {
        method: "POST",
        body: new URLSearchParams({ version: "1", confirmation: "1" }),
        as: applicant,
      });
    const [first, second] = await Promise.all([click(), click()]);
    expect([first.status, second.status]).toEqual([303, 303]);
    const third = await click();
    expect(third.status).toBe(303);
    const submits = (await harness.db.select().from(events).where(eq(events.requestId, id))).filter(
      (event) => event.type === "submit",
    );
    expect(submits).toHaveLength(1);
  });

  it("edits a draft's data with the version read, logs what changed, and judges it again", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(await samplePdf(WHOLE_ACT_TEXT)),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.readingIdle();
    const form = await pageText(await harness.request(`/demandes/${id}/modifier`, { as: applicant }));
    expect(form).toContain(`Modifier le brouillon n° ${id}`);
    expect(form).toContain(organisation.siret);
    const edit = (version: string, scopes: string[]) => {
      const body = new URLSearchParams({
        version,
        use_case: "tarification-municipale-enfance",
        cadre_juridique_nature: "Délibération modifiée",
      });
      for (const scope of scopes) body.append("scopes", scope);
      return harness.request(`/demandes/${id}/modifier`, { method: "POST", body, as: applicant });
    };
    expect((await edit("1", [])).status).toBe(422);
    expect((await edit("1", ["cnaf_quotient_familial", "cnaf_enfants"])).status).toBe(303);
    expect(await findRequest(harness.db, id)).toMatchObject({
      version: 2,
      scopes: ["cnaf_enfants", "cnaf_quotient_familial"],
      legalFrameworkText: "Délibération modifiée",
    });
    expect((await edit("1", ["cnaf_adresse"])).status).toBe(409);
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toContain("Brouillon modifié");
    expect(page).toContain("Données ajoutées : Identités enfants");
    expect(page).toMatch(/Identités enfants\s+Non justifiée/);
  });

  it("refuses an unknown document kind and a seventh document, storing nothing", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    const pdf = await samplePdf("Annexe");
    const upload = (kind: string, count: number) => {
      const form = new FormData();
      form.append("kind", kind);
      for (let index = 0; index < count; index++)
        form.append("documents", new File([pdf as Uint8Array<ArrayBuffer>], `piece-${index}.pdf`));
      return harness.request(`/demandes/${id}/documents`, { method: "POST", body: form, as: applicant });
    };
    expect((await upload("facture", 1)).status).toBe(422);
    const tooMany = await upload("annex", 7);
    expect(tooMany.status).toBe(422);
    expect(await pageText(tooMany)).toContain("Une demande compte au plus 6 documents");
    expect(await harness.db.select().from(documents).where(eq(documents.requestId, id))).toHaveLength(0);
  });

  it("cannot submit a draft with neither document nor address", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    const response = await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1" }),
      as: applicant,
    });
    expect(response.status).toBe(422);
    expect(await pageText(response)).toContain("Ajoutez la délibération");
    expect((await findRequest(harness.db, id))?.state).toBe("draft");
  });

  it("asks for confirmation before submitting with points to review, and says which", async () => {
    const form = newRequestForm(
      await samplePdf("Le conseil municipal fixe les tarifs de la cantine selon le quotient familial."),
      {
        scopes: ["cnaf_quotient_familial", "complementaire_sante_solidaire"],
      },
    );
    const created = await harness.request("/demandes/nouvelle", { method: "POST", body: form, as: applicant });
    const id = Number(created.headers.get("location")!.split("/").pop());
    await harness.readingIdle();
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toContain("Avant de soumettre, points à revoir");
    // The reading panel's last refresh brings the points to the submit form, in place (htmx).
    const refresh = await (await harness.request(`/demandes/${id}/lecture`, { as: applicant })).text();
    expect(refresh).toContain('id="points-a-revoir" hx-swap-oob="true"');
    expect(refresh).toContain("Je soumets la demande malgré ces points");
    const refused = await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1" }),
      as: applicant,
    });
    expect(refused.status).toBe(422);
    expect(await pageText(refused)).toContain("cochez la case pour soumettre quand même");
    expect((await findRequest(harness.db, id))?.state).toBe("draft");
    const confirmed = await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    expect(confirmed.status).toBe(303);
    expect((await findRequest(harness.db, id))?.state).toBe("submitted");
    // Once submitted there is no submit form to refresh: the panel comes alone.
    const later = await (await harness.request(`/demandes/${id}/lecture`, { as: applicant })).text();
    expect(later).toContain('id="lecture"');
    expect(later).not.toContain("points-a-revoir");
  });

  it("adds documents to a draft and exchanges messages once submitted", async () => {
    const created = await harness.request("/demandes/nouvelle", {
      method: "POST",
      body: newRequestForm(null),
      as: applicant,
    });
    const id = Number(created.headers.get("location")!.split("/").pop());
    const upload = new FormData();
    upload.append("kind", "annex");
    upload.append(
      "documents",
      new File([(await samplePdf("Annexe : grille")) as Uint8Array<ArrayBuffer>], "annexe.pdf"),
    );
    expect(
      (await harness.request(`/demandes/${id}/documents`, { method: "POST", body: upload, as: applicant })).status,
    ).toBe(303);
    const stored = await harness.db.select().from(documents).where(eq(documents.requestId, id));
    expect(stored.map((doc) => [doc.name, doc.kind])).toEqual([["annexe.pdf", "annex"]]);
    await harness.request(`/demandes/${id}/soumettre`, {
      method: "POST",
      body: new URLSearchParams({ version: "1", confirmation: "1" }),
      as: applicant,
    });
    const empty = await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: "  " }),
      as: applicant,
    });
    expect(empty.status).toBe(422);
    await harness.request(`/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: "Bonjour, la grille est en annexe." }),
      as: applicant,
    });
    await harness.request(`/instruction/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: "Merci, je regarde." }),
      as: instructor,
    });
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toContain("Bonjour, la grille est en annexe.");
    expect(page).toContain("Merci, je regarde.");
    const reporter = await harness.user("reporter");
    const silent = await harness.request(`/instruction/demandes/${id}/messages`, {
      method: "POST",
      body: new URLSearchParams({ message: "x" }),
      as: reporter,
    });
    expect(silent.status).toBe(403);
  });

  it("answers a request for the tariff act with the act, which sends the request back to the queue", async () => {
    const id = await submittedRequest(harness, applicant);
    await harness.request(`/instruction/demandes/${id}/demander-acte-tarifaire`, {
      method: "POST",
      body: decisionForm(2, "La délibération ne fixe aucun tarif : joignez la grille tarifaire."),
      as: instructor,
    });
    const page = await pageText(await harness.request(`/demandes/${id}`, { as: applicant }));
    expect(page).toContain("La délibération ne fixe aucun tarif : joignez la grille tarifaire.");

    const withoutFile = await harness.request(`/demandes/${id}/acte-tarifaire`, {
      method: "POST",
      body: (() => {
        const form = new FormData();
        form.append("version", "3");
        return form;
      })(),
      as: applicant,
    });
    expect(withoutFile.status).toBe(422);
    expect((await findRequest(harness.db, id))?.state).toBe("tariff_act_requested");

    const form = new FormData();
    form.append("version", "3");
    form.append(
      "documents",
      new File([(await samplePdf("Grille tarifaire")) as Uint8Array<ArrayBuffer>], "grille.pdf"),
    );
    const response = await harness.request(`/demandes/${id}/acte-tarifaire`, {
      method: "POST",
      body: form,
      as: applicant,
    });
    expect(response.status).toBe(303);
    expect(await findRequest(harness.db, id)).toMatchObject({ state: "submitted", version: 4 });
    const stored = await harness.db.select().from(documents).where(eq(documents.requestId, id));
    expect(stored.map((doc) => doc.kind)).toEqual(["deliberation", "tariff_act"]);
  });

  it("never shows another organisation's request or documents", async () => {
    const id = await submittedRequest(harness, applicant);
    const [doc] = await harness.db.select().from(documents).where(eq(documents.requestId, id));
    const other = await harness.user("applicant", (await harness.organisation()).id);
    expect((await harness.request(`/demandes/${id}`, { as: other })).status).toBe(404);
    expect((await harness.request(`/demandes/${id}/documents/${doc!.id}`, { as: other })).status).toBe(404);
    const own = await harness.request(`/demandes/${id}/documents/${doc!.id}`, { as: applicant });
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("content-disposition")).toContain("attachment");
    const bytes = new Uint8Array(await own.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
  });

  it("answers malformed ids with a 404, not an error", async () => {
    for (const path of ["/demandes/abc", "/demandes/99999999", "/demandes/1e3", "/demandes/..%2F..%2Fetc"]) {
      expect((await harness.request(path, { as: applicant })).status, path).toBe(404);
    }
  });
});
