/**
 * The read models services hand to pages: plain data and types only (no code), so that views
 * may name them without depending on a service's code. test/services/read-models.test.ts
 * checks that this module stays free of runtime exports.
 */

import type { RequestEvidence, RequestFinding } from "../annotator/annotate-request";
import type { HistoryEntry, MessageEntry } from "../domain/request-listings";
import type { SignalKey, Suggestion } from "../rules/rule-types";
import type { DatapassLinkRow } from "../storage/datapass-store";
import type { DocumentRow } from "../storage/documents-store";
import type { DecisionEmailState } from "../domain/outbox-status";
import type { OrganisationRow } from "../storage/people-store";
import type { RequestRecord } from "../storage/requests-store";

export type { Suggestion };
export type { PublicCharts } from "./get-public-charts";
export type { RuleCatalogue } from "../rules/catalogue";

export interface RequestDetail {
  readonly request: RequestRecord;
  readonly organisation: OrganisationRow;
  readonly documents: DocumentRow[];
  readonly history: HistoryEntry[];
  readonly messages: MessageEntry[];
  readonly lastDecision: { decision: string; motivation: string; createdAt: number } | undefined;
  /** Whether the e-mails about the latest decision went out: the collectivité sees it. */
  readonly decisionEmails: DecisionEmailState | undefined;
  /** The DataPass demande the request was imported from, if any. */
  readonly datapass: DatapassLinkRow | null;
}

export interface DocumentReading {
  readonly id: number;
  readonly name: string;
  /** pending | done | needs_ocr | failed */
  readonly status: string;
  readonly method: string | null;
  readonly confidence: number | null;
  readonly error: string | null;
  readonly text: string;
  readonly pageOffsets: readonly number[];
}

/** justified, not justified, or à vérifier (doubt: the passage to read, or an unreliable text). */
export type ScopeStatus = "pass" | "fail" | "warning";

export interface ScopeVerdict {
  readonly scope: string;
  readonly status: ScopeStatus;
  readonly justified: boolean;
  readonly message: string;
  /** The justifying passage, the passage to read, or the one that rules the criterion out. */
  readonly evidence: readonly RequestEvidence[];
}

export interface RequestReading {
  readonly documents: readonly DocumentReading[];
  /** True while a document waits to be read here: pages poll until it is false. */
  readonly inProgress: boolean;
  /** Null until something has been read. */
  readonly signals: Readonly<Record<SignalKey, boolean>> | null;
  readonly scopes: readonly ScopeVerdict[];
  readonly findings: readonly RequestFinding[];
  readonly suggestion: Suggestion | null;
}
