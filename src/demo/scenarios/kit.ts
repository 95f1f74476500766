/**
 * The vocabulary of the demo's request stories: a scenario names the act, the scopes and
 * the instruction steps; the builder turns it into dated steps. In motivations, "{Acte}"
 * and "{annexe}" are replaced by the acts' references so the text cites the real number.
 */

import type { RequestEvent } from "../../domain/request-state";
import type { ActTemplateKey } from "../deliberation-texts";

export interface ScenarioStep {
  readonly event: RequestEvent;
  readonly motivation?: string;
}

interface ScenarioMessage {
  /** Index of the step the message follows. */
  readonly after: number;
  readonly from: "applicant" | "instructor";
  readonly body: string;
}

export interface Scenario {
  readonly org: string;
  readonly applicant: string;
  /** Assigned instructor, who also takes the decisions; absent for a request nobody has picked up yet. */
  readonly instructor?: string;
  readonly useCase: string;
  readonly scopes: readonly string[];
  readonly act?: ActTemplateKey;
  /** A second file uploaded with the request, annexed to the same délibération. */
  readonly annex?: ActTemplateKey;
  /** The tariff act uploaded when answering request_tariff_act. */
  readonly provided?: ActTemplateKey;
  /** For drafts without a document. */
  readonly legalFrameworkText?: string;
  readonly legalFrameworkUrl?: string;
  /** When the request was created, in days before `now`. */
  readonly daysAgo: number;
  readonly steps: readonly ScenarioStep[];
  readonly messages?: readonly ScenarioMessage[];
}

export const QF = "cnaf_quotient_familial";
export const ALLOC = "cnaf_allocataires";
export const CHILDREN = "cnaf_enfants";
export const ADDRESS = "cnaf_adresse";
export const JOBSEEKER = ["pole_emploi_identite", "pole_emploi_inscription"] as const;
export const C2S = "complementaire_sante_solidaire";
export const PUPIL = [
  "men_statut_identite",
  "men_statut_scolarite",
  "men_statut_boursier",
  "men_echelon_bourse",
] as const;
export const CHILDHOOD = "tarification-municipale-enfance";

export const submit: ScenarioStep = { event: "submit" };
export const provide: ScenarioStep = { event: "provide_tariff_act" };
export const accept = (motivation?: string): ScenarioStep =>
  motivation === undefined ? { event: "accept" } : { event: "accept", motivation };
export const reject = (motivation: string): ScenarioStep => ({ event: "reject", motivation });
export const askTariffAct = (motivation: string): ScenarioStep => ({ event: "request_tariff_act", motivation });
export const reopen = (motivation: string): ScenarioStep => ({ event: "reopen", motivation });

export const GENERIC_ONLY =
  "{Acte} se borne à décider le recours à API Particulier en visant l'article L114-8 du CRPA. Elle ne fixe aucun tarif ni aucune condition d'attribution : il n'est pas possible de vérifier que les données demandées sont nécessaires.";
export const ANNEX_MISSING =
  "{Acte} approuve une grille tarifaire « jointe en annexe », mais cette annexe ne figure pas au dossier : rien ne permet de vérifier que le tarif dépend du quotient familial ni du lieu de résidence. Merci de transmettre l'annexe tarifaire visée par la délibération.";
