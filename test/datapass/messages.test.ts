/** What Cadre reads from DataPass's webhooks and demandes: complete messages only, in French otherwise. */

import { describe, expect, it } from "vitest";
import { DomainError } from "../../src/domain/errors";
import { readDemande, readWebhook } from "../../src/datapass/messages";

const webhook = { event: "submit", fired_at: 1_767_000_000, data: { id: 42, public_id: "p-42", state: "submitted" } };
const demande = {
  id: 42,
  public_id: "p-42",
  form_uid: "api-particulier-tarification-eaje",
  state: "submitted",
  data: { scopes: ["cnaf_quotient_familial", 3], cadre_juridique_nature: "Délibération", cadre_juridique_url: "" },
  organisation: { siret: "217 500 016 00019", raison_sociale: "COMMUNE" },
  applicant: { email: " Agent@Mairie.FR ", given_name: "Camille", family_name: "Martin" },
};

describe("readWebhook", () => {
  it("reads event, fired_at and the demande's id and state", () => {
    expect(readWebhook(webhook)).toEqual({
      event: "submit",
      firedAt: 1_767_000_000,
      datapassId: 42,
      publicId: "p-42",
      state: "submitted",
    });
  });

  it.each([
    ["not an object", "submit"],
    ["no data", { ...webhook, data: undefined }],
    ["no event", { ...webhook, event: "" }],
    ["an event that is not a word", { ...webhook, event: "submit; drop" }],
    ["no fired_at", { ...webhook, fired_at: undefined }],
    ["a fired_at given as text", { ...webhook, fired_at: "1767000000" }],
    ["an id that is not a positive integer", { ...webhook, data: { id: -1 } }],
  ])("refuses %s", (_, body) => {
    expect(() => readWebhook(body)).toThrow(DomainError);
  });
});

describe("readDemande", () => {
  it("reads the fields Cadre imports, keeps only text scopes, tidies SIRET and e-mail", () => {
    expect(readDemande(demande)).toEqual({
      id: 42,
      publicId: "p-42",
      formUid: "api-particulier-tarification-eaje",
      state: "submitted",
      scopes: ["cnaf_quotient_familial"],
      legalFrameworkText: "Délibération",
      legalFrameworkUrl: "",
      siret: "21750001600019",
      organisationName: "COMMUNE",
      applicantEmail: "agent@mairie.fr",
      applicantName: "Camille Martin",
    });
  });

  it.each([
    ["no id", { ...demande, id: undefined }],
    ["no form", { ...demande, form_uid: "" }],
    ["no SIRET", { ...demande, organisation: {} }],
    ["no applicant e-mail", { ...demande, applicant: { given_name: "Camille" } }],
    ["not an object", null],
  ])("refuses %s", (_, body) => {
    expect(() => readDemande(body)).toThrow(DomainError);
  });
});
