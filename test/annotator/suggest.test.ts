import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate";
import {
  CANTEEN_DELIBERATION,
  CRECHE_CONVENTION,
  FLAT_TARIFF_PAGE,
  GENERIC_API_DELIBERATION,
  MAYOR_DECISION,
  TAX_BASED_TARIFF,
} from "../support/acts";
import { documentOf, requestOf } from "../support/rule-tester";

const CAF_SCOPES = ["cnaf_quotient_familial", "cnaf_adresse", "cnaf_enfants", "cnaf_allocataires"];

const suggestion = (text: string, scopes: string[], legalFrameworkText?: string) =>
  annotate(documentOf(text), requestOf(scopes, legalFrameworkText ? { legalFrameworkText } : {})).suggestion;

/** Sentences of a motivation, not counting "Bonjour," and "Cordialement." nor "p. 2" in quotes. */
function sentenceCount(motivation: string): number {
  const body = motivation
    .replace(/^Bonjour,\n/, "")
    .replace(/\nCordialement\.$/, "")
    .replace(/\(p\. \d+\)/g, "(p)");
  return (body.match(/[.!?](?=\s|$)/g) ?? []).length;
}

function expectDraft(motivation: string): void {
  expect(motivation.startsWith("Bonjour,")).toBe(true);
  expect(motivation.endsWith("Cordialement.")).toBe(true);
  expect(sentenceCount(motivation)).toBeGreaterThanOrEqual(3);
  expect(sentenceCount(motivation)).toBeLessThanOrEqual(8);
}

describe("the suggestion", () => {
  it("accepts a délibération that fixes the grid and justifies every scope, citing passages and pages", () => {
    const { decision, motivation } = suggestion(CANTEEN_DELIBERATION, CAF_SCOPES);
    expect(decision).toBe("accept");
    expectDraft(motivation);
    expect(motivation).toMatch(/« [^»]+ » \(p\. 1\)/);
    expect(motivation).toContain("« Quotient familial CAF & MSA »");
  });

  it("requests the tariff act when one scope lacks a passage, and names it", () => {
    const { decision, motivation } = suggestion(CANTEEN_DELIBERATION, [...CAF_SCOPES, "revenu_solidarite_active"]);
    expect(decision).toBe("request_tariff_act");
    expectDraft(motivation);
    expect(motivation).toContain("« Statut RSA »");
    expect(motivation).toContain("retirer de la demande");
  });

  it("requests the tariff act for a generic 'use API Particulier' délibération", () => {
    const { decision, motivation } = suggestion(GENERIC_API_DELIBERATION, ["cnaf_quotient_familial"], "L114-8 du CRPA");
    expect(decision).toBe("request_tariff_act");
    expectDraft(motivation);
    expect(motivation).toContain("API Particulier");
  });

  it("requests the act itself when only a tariff page was sent, even a complete one", () => {
    const { decision, motivation } = suggestion(FLAT_TARIFF_PAGE, []);
    expect(decision).toBe("request_tariff_act");
    expect(motivation).toContain("ne se présente pas comme un acte");
  });

  it("rejects L114-8 alone with no act and no condition", () => {
    const page = "Pour simplifier vos démarches, la commune récupère vos informations auprès des administrations.";
    const { decision, motivation } = suggestion(page, ["cnaf_quotient_familial"], "Article L114-8 du CRPA");
    expect(decision).toBe("reject");
    expectDraft(motivation);
    expect(motivation).toContain("L114-8");
  });

  it("accepts a mayor's decision that fixes the grid, reminding of the delegation", () => {
    const { decision, motivation } = suggestion(MAYOR_DECISION, ["cnaf_quotient_familial"]);
    expect(decision).toBe("accept");
    expect(motivation).toContain("délégation");
  });

  it("asks for a readable copy of an unreadable document", () => {
    const { decision, motivation } = suggestion("", ["cnaf_quotient_familial"]);
    expect(decision).toBe("request_tariff_act");
    expectDraft(motivation);
    expect(motivation).toContain("lisible");
  });

  it("says tax data is another API when the price rests on it", () => {
    const { decision, motivation } = suggestion(TAX_BASED_TARIFF, ["cnaf_quotient_familial"]);
    expect(decision).toBe("request_tariff_act");
    expect(motivation).toContain("API Impôt particulier");
  });

  it("accepts the CAF convention for an EAJE whose scopes it justifies", () => {
    const scopes = ["cnav_participation_familiale_eaje_parametres_calcul", "cnav_participation_familiale_eaje_enfants"];
    const { decision, motivation } = suggestion(CRECHE_CONVENTION, scopes);
    expect(decision).toBe("accept");
    expect(motivation).toContain("convention d'objectifs et de financement");
  });
});
