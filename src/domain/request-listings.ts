/**
 * The plain shapes of a request as lists and histories show it: storage reads them, services
 * return them and views render them, so they live below all three.
 */

import type { RequestState } from "./request-state";

/** A row of a list of requests (the queue, a collectivité's requests, the API's list). */
export interface RequestSummary {
  readonly id: number;
  readonly state: RequestState;
  readonly useCase: string;
  readonly organisationId: number;
  readonly organisationName: string;
  readonly departement: string;
  readonly submittedAt: number | null;
  readonly updatedAt: number;
  readonly createdAt: number;
  readonly assignedInstructorId: number | null;
}

/** One event of a request's history, with its author's name and role. */
export interface HistoryEntry {
  readonly id: number;
  readonly type: string;
  readonly actorId: number | null;
  readonly fromState: string | null;
  readonly toState: string | null;
  readonly actorName: string | null;
  readonly actorRole: string | null;
  readonly payload: Record<string, unknown>;
  readonly createdAt: number;
}

/** A message between the collectivité and the instructors. */
export interface MessageEntry {
  readonly id: number;
  readonly body: string;
  readonly authorName: string;
  readonly authorRole: string;
  readonly createdAt: number;
}
