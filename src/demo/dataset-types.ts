/**
 * The shape of the demo dataset: plain data, replayed by the seeder through the same state
 * machine and store as real requests, so the demo can never hold an impossible history.
 */

import type { OrganisationKind } from "../domain/organisation";
import type { RequestEvent } from "../domain/request-state";
import type { Role } from "../domain/roles";

export type DocumentKind = "deliberation" | "tariff_act" | "annex";

export interface DemoOrganisation {
  readonly key: string;
  /** A real-looking SIRET that passes the Luhn check (isValidSiret). */
  readonly siret: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  /** Département code: "01".."95", "2A", "2B", "971".."976". */
  readonly departement: string;
}

export interface DemoUser {
  readonly key: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisationKey?: string;
}

export interface DemoDocument {
  readonly kind: DocumentKind;
  /** File name as a town hall would upload it, ending in .pdf. */
  readonly fileName: string;
  /** Title printed at the top of the PDF. */
  readonly title: string;
  /** Full text of the act, paragraphs separated by blank lines. */
  readonly text: string;
}

export interface DemoStep {
  readonly event: RequestEvent;
  readonly actorKey: string;
  readonly at: Date;
  readonly motivation?: string;
  /** For provide_tariff_act: the act uploaded with it. */
  readonly document?: DemoDocument;
}

export interface DemoMessage {
  readonly authorKey: string;
  readonly body: string;
  readonly at: Date;
}

export interface DemoRequest {
  readonly organisationKey: string;
  readonly applicantKey: string;
  /** A key of USE_CASES (src/domain/use-case-catalogue.ts). */
  readonly useCase: string;
  /** Keys of SCOPES (src/domain/scope-catalogue.ts). */
  readonly scopes: readonly string[];
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl?: string;
  readonly createdAt: Date;
  readonly documents: readonly DemoDocument[];
  /** In order, each `at` after the previous one and before the dataset's `now`. */
  readonly steps: readonly DemoStep[];
  readonly messages: readonly DemoMessage[];
  readonly assignedInstructorKey?: string;
}

export interface DemoDataset {
  readonly organisations: readonly DemoOrganisation[];
  readonly users: readonly DemoUser[];
  readonly requests: readonly DemoRequest[];
}
