import { describe, expect, it } from "vitest";
import { defineRule } from "../../src/rules/rule-kit";
import { scopeJustification } from "../../src/rules/scope-justification";
import {
  CANTEEN_DELIBERATION,
  CCAS_AID,
  COLLEGE_AID,
  CRECHE_CONVENTION,
  FLAT_TARIFF_PAGE,
  GENERIC_API_DELIBERATION,
  PARKING_DELIBERATION,
  TAX_BASED_TARIFF,
} from "../support/acts";
import { documentOf, expectExactEvidence, requestOf, inWholeAct } from "../support/rule-tester";

const verdict = (text: string, scope: string) => {
  const findings = scopeJustification.check(documentOf(text), requestOf([scope]));
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

// [scope, a text that justifies it, a text that does not]
const TABLE: readonly [string, string, string][] = [
  ["cnaf_quotient_familial", CANTEEN_DELIBERATION, FLAT_TARIFF_PAGE],
  ["cnaf_adresse", CANTEEN_DELIBERATION, "Pièces à fournir : justificatif de domicile. Tarif unique : 3 €."],
  [
    "cnaf_enfants",
    CANTEEN_DELIBERATION,
    "Le QF dépend des ressources et du nombre d'enfants à charge ; prix selon le QF : 2 €.",
  ],
  ["cnaf_allocataires", CANTEEN_DELIBERATION, "Tarifs selon le quotient familial : 1 € à 3 €."],
  ["pole_emploi_identite", CCAS_AID, "Tarif unique de la piscine : 3 €."],
  [
    "men_statut_boursier",
    COLLEGE_AID,
    "Tarif de la demi-pension : 3,20 € le repas pour tous les collégiens, sans condition.",
  ],
  ["men_echelon_bourse", COLLEGE_AID, "Les lycéens boursiers bénéficient de la gratuité du transport."],
  ["men_statut_scolarite", COLLEGE_AID, FLAT_TARIFF_PAGE],
  [
    "cnous_statut_boursier",
    "Les étudiants boursiers sur critères sociaux bénéficient d'un tarif réduit de 50 %.",
    "Tarif étudiant : 4 €.",
  ],
  ["mesri_admission_inscrit", "Tarif étudiant : 4 € sur présentation de la carte d'étudiant.", FLAT_TARIFF_PAGE],
  ["revenu_solidarite_active", CCAS_AID, "Aide alimentaire de 60 € sans condition de ressources."],
  ["allocation_adulte_handicape", CCAS_AID, FLAT_TARIFF_PAGE],
  ["complementaire_sante_solidaire", "Gratuité des transports pour les bénéficiaires de la C2S.", FLAT_TARIFF_PAGE],
  [
    "prime_activite",
    "Tarif solidaire pour les bénéficiaires de la prime d'activité : 10 € par mois.",
    FLAT_TARIFF_PAGE,
  ],
  [
    "allocation_soutien_familial",
    "Une aide de 40 € est accordée aux familles percevant l'allocation de soutien familial.",
    FLAT_TARIFF_PAGE,
  ],
  [
    "cnav_allocation_enfant_handicape",
    "Accès gratuit au centre de loisirs pour les enfants dont la famille perçoit l'AEEH.",
    FLAT_TARIFF_PAGE,
  ],
  [
    "cnav_allocation_rentree_scolaire",
    "Aide aux fournitures réservée aux bénéficiaires de l'allocation de rentrée scolaire.",
    FLAT_TARIFF_PAGE,
  ],
  ["cnav_participation_familiale_eaje_parametres_calcul", CRECHE_CONVENTION, CANTEEN_DELIBERATION],
  [
    "cnav_participation_familiale_eaje_adresse",
    "Multi-accueil : priorité d'accès et tarif majoré de 10 % pour les familles hors commune.",
    CRECHE_CONVENTION,
  ],
  ["ants_extrait_immatriculation_vehicule_adresse_particulier", PARKING_DELIBERATION, FLAT_TARIFF_PAGE],
];

describe("scope-justification", () => {
  for (const [scope, justifying, silent] of TABLE) {
    it(`${scope}: passes with the passage that justifies it`, () => {
      const finding = verdict(justifying, scope);
      expect(finding).toMatchObject({ ruleId: "scope-justification", status: "pass", scope });
      expect(finding.evidence.length).toBeGreaterThan(0);
      expectExactEvidence(justifying, finding.evidence);
    });
    it(`${scope}: fails, saying what is missing, when the act is read and has no such passage`, () => {
      const finding = verdict(inWholeAct(silent), scope);
      expect(finding).toMatchObject({ status: "fail", scope, evidence: [] });
      expect(finding.message).toMatch(/aucun/);
    });
  }

  describe("à vérifier rather than a doubtful « non justifiée »", () => {
    it("points to the passage where the criterion stands near a price without a stated condition", () => {
      // Residents are named, but no other price or condition is set against theirs.
      const text = inWholeAct(
        "Le centre accueille les enfants domiciliés sur la commune ; le tarif de la journée est de 12 €.",
      );
      const finding = verdict(text, "cnaf_adresse");
      expect(finding).toMatchObject({ status: "warning", messageId: "nearMiss" });
      expect(finding.evidence[0]?.quote).toContain("domiciliés");
      expectExactEvidence(text, finding.evidence);
    });
    it("says so when the text is too short or too poorly read to conclude", () => {
      expect(verdict("Tarif unique : 3 €.", "cnaf_quotient_familial")).toMatchObject({
        status: "warning",
        messageId: "unreadable",
      });
      const scan = scopeJustification.check(
        documentOf(inWholeAct("Tarif unique de la garderie : 1,80 €."), { method: "ocr", confidence: 41 }),
        requestOf(["cnaf_enfants"]),
      );
      expect(scan[0]).toMatchObject({ status: "warning", messageId: "unreadable" });
    });
    it("is confident when the act rules the criterion out, and quotes it", () => {
      const text = inWholeAct("Le tarif de 2,50 € est le même pour tous, quel que soit le quotient familial.");
      const finding = verdict(text, "cnaf_quotient_familial");
      expect(finding).toMatchObject({ status: "fail", messageId: "negated" });
      expect(finding.evidence[0]?.quote).toContain("quotient familial");
      expect(finding.message).toContain("écarte ce critère");
    });
    it("asks for no proof: a justificatif de domicile is not a residence condition", () => {
      const text = inWholeAct(
        "Pièces à fournir : justificatif de domicile et attestation de quotient familial ; tarif 3 €.",
      );
      expect(verdict(text, "cnaf_adresse")).toMatchObject({ status: "fail", messageId: "missing" });
    });
    it("does not take the QF's definition for a children criterion", () => {
      const text = inWholeAct(
        "Le quotient familial dépend des ressources et du nombre d'enfants ; prix du repas : 3 €.",
      );
      expect(verdict(text, "cnaf_enfants")).toMatchObject({ status: "fail", messageId: "missing" });
    });
  });

  it("a generic délibération justifies nothing, even when it names the data", () => {
    const findings = scopeJustification.check(
      documentOf(GENERIC_API_DELIBERATION),
      requestOf(["cnaf_quotient_familial", "cnaf_adresse", "cnaf_enfants", "cnaf_allocataires"]),
    );
    expect(findings.map((f) => f.status)).toEqual(["fail", "fail", "fail", "fail"]);
  });

  it("says a tax-based price is not a QF price", () => {
    expect(verdict(inWholeAct(TAX_BASED_TARIFF), "cnaf_quotient_familial")).toMatchObject({
      status: "fail",
      messageId: "missingTaxInstead",
    });
  });

  it("leaves FranceConnect identity scopes to the instructor", () => {
    expect(verdict(CANTEEN_DELIBERATION, "birthdate")).toMatchObject({ status: "info", messageId: "identity" });
  });

  it("flags a key that is not in the catalogue", () => {
    expect(verdict(CANTEEN_DELIBERATION, "cnaf_revenus")).toMatchObject({
      status: "warning",
      messageId: "unknownScope",
    });
  });

  it("reports each scope once", () => {
    const findings = scopeJustification.check(
      documentOf(CANTEEN_DELIBERATION),
      requestOf(["cnaf_adresse", "cnaf_adresse"]),
    );
    expect(findings).toHaveLength(1);
  });

  it("never calls a scope justified without a passage, whatever a rule returns", () => {
    const careless = defineRule({
      id: "careless",
      title: "careless",
      summary: "A rule that forgets its passages.",
      guideLink: "guide#x",
      messages: { ok: "ok" },
      inspect: () => [{ status: "pass", messageId: "ok", scope: "cnaf_enfants", evidence: [] }],
    });
    const [finding] = careless.check(documentOf("texte"), requestOf(["cnaf_enfants"]));
    expect(finding).toMatchObject({ status: "fail", messageId: "noEvidence", scope: "cnaf_enfants" });
  });
});
