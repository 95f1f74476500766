/**
 * The demo's act templates, by key. Each writes a full French act (our own wording) from
 * an ActContext, so two requests never carry the same text. The traits say what a careful
 * reader finds in each, so the dataset can pair good and flawed requests on purpose and a
 * future annotator can be checked against labelled examples.
 */

import { canteenByQuotientAndResidence, canteenByTaxIncome } from "./texts/canteen";
import { flatTariff } from "./texts/flat-tariff";
import type { ActContext, WrittenAct } from "./texts/frame";
import { genericApiParticulier } from "./texts/generic";
import { leisureWithSiblingReduction } from "./texts/leisure";
import { mayorDecisionOnTariffs } from "./texts/mayor-decision";
import { councilMinutes } from "./texts/minutes";
import { musicSchoolByResidence } from "./texts/music";
import { collegeCanteenAid, lyceeEquipmentAid } from "./texts/pupils";
import { ccasOptionalAid } from "./texts/social-aid";
import { tariffAnnex } from "./texts/tariff-annex";
import { transportSocialPricing } from "./texts/transport";

export type { ActContext, Issuer, Person, WrittenAct } from "./texts/frame";

type ActNature = "deliberation" | "proces-verbal" | "decision" | "annexe";

export interface ActTraits {
  readonly nature: ActNature;
  readonly fixesTariffs: boolean;
  readonly byQuotientFamilial: boolean;
  readonly byResidence: boolean;
  readonly byNumberOfChildren: boolean;
  /** The act has the allocataire number (or the parents behind it) checked. */
  readonly checksAllocataire: boolean;
  readonly mentionsIncomeOrTax: boolean;
}

interface Template {
  readonly write: (ctx: ActContext) => WrittenAct;
  readonly traits: ActTraits;
}

const t = (nature: ActNature, flags: string): ActTraits => ({
  nature,
  fixesTariffs: flags.includes("T"),
  byQuotientFamilial: flags.includes("Q"),
  byResidence: flags.includes("R"),
  byNumberOfChildren: flags.includes("C"),
  checksAllocataire: flags.includes("A"),
  mentionsIncomeOrTax: flags.includes("I"),
});

// Flags: T tariffs, Q quotient familial, R residence, C children, A allocataire number, I income/tax.
// The minutes with the grid in annex approve a grid they do not contain: a reader finds no tariff.
const ACT_TEMPLATES = {
  "cantine-qf-exterieurs": { write: canteenByQuotientAndResidence, traits: t("deliberation", "TQR") },
  "cantine-revenu-fiscal": { write: canteenByTaxIncome, traits: t("deliberation", "TI") },
  "periscolaire-fratrie": { write: leisureWithSiblingReduction, traits: t("deliberation", "TQCAI") },
  "conservatoire-residents": { write: musicSchoolByResidence, traits: t("deliberation", "TQRC") },
  "tarif-unique-cantine": { write: flatTariff("cantine"), traits: t("deliberation", "T") },
  "tarif-unique-loisirs": { write: flatTariff("loisirs"), traits: t("deliberation", "T") },
  "tarif-unique-musique": { write: flatTariff("musique"), traits: t("deliberation", "T") },
  "ccas-aides-facultatives": { write: ccasOptionalAid, traits: t("deliberation", "TQRA") },
  "departement-collegiens-boursiers": { write: collegeCanteenAid(false), traits: t("deliberation", "T") },
  "departement-collegiens-boursiers-qf": { write: collegeCanteenAid(true), traits: t("deliberation", "TQ") },
  "region-equipement-lyceens": { write: lyceeEquipmentAid, traits: t("deliberation", "TQ") },
  "transport-solidaire": { write: transportSocialPricing(false), traits: t("deliberation", "TR") },
  "transport-solidaire-qf": { write: transportSocialPricing(true), traits: t("deliberation", "TQR") },
  "api-particulier-generique": { write: genericApiParticulier, traits: t("deliberation", "") },
  "proces-verbal-cantine": { write: councilMinutes(false), traits: t("proces-verbal", "TQR") },
  "proces-verbal-grille-en-annexe": { write: councilMinutes(true), traits: t("proces-verbal", "") },
  "decision-maire-sejours": { write: mayorDecisionOnTariffs, traits: t("decision", "TQR") },
  "acte-tarifaire-annexe": { write: tariffAnnex, traits: t("annexe", "TQRCA") },
} as const satisfies Record<string, Template>;

export type ActTemplateKey = keyof typeof ACT_TEMPLATES;

export const ACT_TEMPLATE_KEYS = Object.keys(ACT_TEMPLATES) as ActTemplateKey[];

export function writeAct(key: ActTemplateKey, ctx: ActContext): WrittenAct {
  return ACT_TEMPLATES[key].write(ctx);
}

export function actTraits(key: ActTemplateKey): ActTraits {
  return ACT_TEMPLATES[key].traits;
}
