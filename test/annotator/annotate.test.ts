import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate";
import { SIGNAL_KEYS } from "../../src/rules/rule-types";
import {
  CANTEEN_DELIBERATION,
  CCAS_AID,
  COLLEGE_AID,
  CRECHE_CONVENTION,
  FLAT_TARIFF_PAGE,
  GENERIC_API_DELIBERATION,
  MAYOR_DECISION,
  PARKING_DELIBERATION,
  TAX_BASED_TARIFF,
} from "../support/acts";
import { documentOf, expectExactEvidence, requestOf } from "../support/rule-tester";

const ALL_ACTS = [
  CANTEEN_DELIBERATION,
  CCAS_AID,
  COLLEGE_AID,
  CRECHE_CONVENTION,
  FLAT_TARIFF_PAGE,
  GENERIC_API_DELIBERATION,
  MAYOR_DECISION,
  PARKING_DELIBERATION,
  TAX_BASED_TARIFF,
];
const MANY_SCOPES = [
  "cnaf_quotient_familial",
  "cnaf_adresse",
  "cnaf_enfants",
  "cnaf_allocataires",
  "revenu_solidarite_active",
  "men_statut_boursier",
  "cnav_participation_familiale_eaje_adresse",
  "given_name",
];

describe("annotate", () => {
  it("gives every signal of the contract, with passages for the true ones", () => {
    const annotation = annotate(documentOf(CANTEEN_DELIBERATION), requestOf());
    expect(Object.keys(annotation.signals)).toEqual([...SIGNAL_KEYS]);
    expect(annotation.signals).toEqual({
      is_deliberation: true,
      fixes_tariffs: true,
      tariff_by_quotient_familial: true,
      tariff_by_residence: true,
      tariff_by_number_of_children: true,
      mentions_caf_or_allocataire: true,
      mentions_income_or_tax: true,
    });
    for (const key of SIGNAL_KEYS) expectExactEvidence(CANTEEN_DELIBERATION, annotation.evidence[key] ?? []);
  });

  it("keeps every passage exact and never justifies a scope without one", () => {
    for (const text of ALL_ACTS) {
      const annotation = annotate(documentOf(text), requestOf(MANY_SCOPES));
      for (const finding of annotation.findings) {
        expectExactEvidence(text, finding.evidence);
        if (finding.scope && finding.status === "pass") expect(finding.evidence.length).toBeGreaterThan(0);
      }
      for (const key of SIGNAL_KEYS) {
        expect(annotation.signals[key]).toBe((annotation.evidence[key] ?? []).length > 0);
      }
    }
  });

  it("points evidence into the original text even when it was normalised", () => {
    const text =
      "EXTRAIT DU REGISTRE DES DÃ‰LIBÃ‰RATIONS\nLe conseil municipal, aprÃ¨s en avoir dÃ©libÃ©rÃ©, fixe les tarifs\u00a0:\nQuotient  familial de 0 Ã  500\u00a0â‚¬ : 1,20\u00a0â‚¬";
    const annotation = annotate(documentOf(text), requestOf(["cnaf_quotient_familial"]));
    expect(annotation.signals.is_deliberation).toBe(true);
    expect(annotation.signals.tariff_by_quotient_familial).toBe(true);
    for (const finding of annotation.findings) expectExactEvidence(text, finding.evidence);
    expect(annotation.evidence.tariff_by_quotient_familial?.[0]?.quote).toContain("Quotient  familial");
  });

  it("gives the page of each passage", () => {
    const annotation = annotate(documentOf(CANTEEN_DELIBERATION), requestOf());
    const transmission = annotation.findings.find((f) => f.messageId === "transmission");
    expect(transmission?.evidence[0]?.page).toBe(2);
  });

  it("never throws, whatever it is given", () => {
    const odd = [
      { text: "", pageOffsets: [], method: null, confidence: null },
      { text: "\u0000".repeat(10), pageOffsets: [0, 5, 99], method: "ocr", confidence: 3 },
      { text: "tarif ".repeat(20_000), pageOffsets: [0], method: "plain", confidence: null },
      { text: null as unknown as string, pageOffsets: [0], method: null, confidence: null },
    ];
    for (const document of odd) {
      expect(() => annotate(document, requestOf(MANY_SCOPES))).not.toThrow();
    }
  });

  it("takes a few milliseconds on a 20-page act (printed, not asserted)", () => {
    let text = "";
    while (text.length < 60_000) text += `${ALL_ACTS.join("\n\n")}\f`;
    const document = () => documentOf(text);
    for (let i = 0; i < 5; i++) annotate(document(), requestOf(MANY_SCOPES));
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      annotate(document(), requestOf(MANY_SCOPES));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `annotate: ${text.length} caractères, ${document().pageOffsets.length} pages — médiane ${times[10]?.toFixed(2)} ms, min ${times[0]?.toFixed(2)} ms`,
    );
  });
});
