/**
 * Statements that change a request, to be run together in one batch. Each version of a
 * request is produced by exactly one event row: the UNIQUE (request_id, request_version)
 * index makes the second of two concurrent writers fail inside its own batch, so nothing of
 * it is kept, whatever the runtime.
 */

import { and, eq, sql, type SQL } from "drizzle-orm";
import type { RequestEvent, RequestState } from "../domain/request-state";
import type { Database, Statement } from "./database";
import { newestId } from "./ids";
import { eventStatement, eventWhenStatement } from "./event-rows";
import { decisions, requestScopes, requests } from "./schema";

export interface NewDraft {
  readonly organisationId: number;
  readonly createdById: number;
  readonly useCase: string;
  readonly scopes: readonly string[];
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl: string | null;
}

/**
 * The request row (first, returning its id), its scopes and its "created" event; later
 * statements of the same batch reach the new id through `newestId(requests)`.
 */
export function draftStatements(db: Database, draft: NewDraft, now: number): Statement[] {
  const requestId = newestId(requests);
  return [
    db
      .insert(requests)
      .values({
        organisationId: draft.organisationId,
        createdById: draft.createdById,
        useCase: draft.useCase,
        legalFrameworkText: draft.legalFrameworkText,
        legalFrameworkUrl: draft.legalFrameworkUrl,
        state: "draft",
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: requests.id }),
    ...draft.scopes.map((scope) => db.insert(requestScopes).values({ requestId, scope })),
    eventStatement(
      db,
      { requestId, requestVersion: 1, actorId: draft.createdById, type: "created", fromState: null, toState: "draft" },
      now,
    ),
  ];
}

/**
 * A draft's new fields and scopes, guarded by the version read, with an "edited" event naming
 * what changed (the unique version index refuses a concurrent edit inside the batch).
 */
export function draftEditStatements(
  db: Database,
  edit: {
    requestId: number;
    fromVersion: number;
    actorId: number;
    fields: {
      useCase: string;
      scopes: readonly string[];
      legalFrameworkText: string;
      legalFrameworkUrl: string | null;
    };
    change: Record<string, unknown>;
  },
  now: number,
): Statement[] {
  const { requestId, fromVersion } = edit;
  const { scopes, ...columns } = edit.fields;
  const version = fromVersion + 1;
  return [
    db
      .update(requests)
      .set({ ...columns, version, updatedAt: now })
      .where(and(eq(requests.id, requestId), eq(requests.version, fromVersion))),
    eventStatement(
      db,
      {
        requestId,
        requestVersion: version,
        actorId: edit.actorId,
        type: "edited",
        fromState: "draft",
        toState: "draft",
        payload: edit.change,
      },
      now,
    ),
    db.delete(requestScopes).where(eq(requestScopes.requestId, requestId)),
    ...scopes.map((scope) => db.insert(requestScopes).values({ requestId, scope })),
  ];
}

export interface Transition {
  readonly requestId: number;
  readonly fromVersion: number;
  readonly event: RequestEvent;
  readonly from: RequestState;
  readonly to: RequestState;
  readonly actorId: number;
  readonly motivation: string;
  readonly payload?: Record<string, unknown>;
}

const DECISION_EVENTS: readonly RequestEvent[] = ["accept", "reject", "request_tariff_act", "reopen"];

/** State change + event (+ decision with its motivation), guarded by the version read. */
export function transitionStatements(db: Database, transition: Transition, now: number): Statement[] {
  const { requestId, fromVersion, event, to } = transition;
  const toVersion = fromVersion + 1;
  const timestamps: Partial<Record<"submittedAt" | "firstSubmittedAt" | "decidedAt", number | SQL | null>> = {};
  if (to === "submitted") {
    timestamps.submittedAt = now;
    timestamps.firstSubmittedAt = sql`coalesce(${requests.firstSubmittedAt}, ${now})`;
    timestamps.decidedAt = null;
  }
  if (to === "accepted" || to === "rejected") timestamps.decidedAt = now;

  const statements: Statement[] = [
    db
      .update(requests)
      .set({ state: to, version: toVersion, updatedAt: now, ...timestamps })
      .where(and(eq(requests.id, requestId), eq(requests.version, fromVersion))),
    eventStatement(
      db,
      {
        requestId,
        requestVersion: toVersion,
        actorId: transition.actorId,
        type: event,
        fromState: transition.from,
        toState: to,
        payload: { motivation: transition.motivation || undefined, ...transition.payload },
      },
      now,
    ),
  ];
  if (DECISION_EVENTS.includes(event)) {
    statements.push(
      db.insert(decisions).values({
        requestId,
        authorId: transition.actorId,
        decision: event,
        motivation: transition.motivation,
        requestVersion: toVersion,
        createdAt: now,
      }),
    );
  }
  return statements;
}

/**
 * Taking a request (or releasing it with null) changes no version: a decision form stays
 * valid. Taking only succeeds on a free request, releasing only by its holder; the event is
 * written only when the change happened, so a lost race leaves no trace but the re-read.
 */
export function assignmentStatements(
  db: Database,
  assignment: { requestId: number; instructorId: number | null; actorId: number },
  now: number,
): Statement[] {
  const { requestId, instructorId, actorId } = assignment;
  const taking = instructorId !== null;
  const holderIs = (id: number | null) =>
    id === null ? sql`${requests.assignedInstructorId} is null` : eq(requests.assignedInstructorId, id);
  return [
    db
      .update(requests)
      .set({ assignedInstructorId: instructorId })
      .where(and(eq(requests.id, requestId), taking ? holderIs(null) : holderIs(actorId))),
    // One event row if the holder is now who we wanted, none otherwise.
    eventWhenStatement(
      db,
      { requestId, actorId, type: taking ? "assigned" : "released", payload: { instructorId } },
      holderIs(instructorId),
      now,
    ),
  ];
}

/**
 * The request created earlier in the same batch, submitted at once: an imported request (DataPass)
 * was filed elsewhere, so it starts at version 2 like a draft submitted in Cadre. The caller adds
 * the "submit" event for version 2.
 */
export function submittedOnArrivalStatement(db: Database, now: number): Statement {
  return db
    .update(requests)
    .set({ state: "submitted", version: 2, submittedAt: now, firstSubmittedAt: now, updatedAt: now })
    .where(eq(requests.id, newestId(requests)));
}

/**
 * A request's data replaced from outside (a later DataPass submission), guarded by the version
 * read; its state is kept. The caller adds the event for the new version.
 */
export function dataReplacementStatements(
  db: Database,
  replacement: {
    requestId: number;
    fromVersion: number;
    fields: { useCase: string; scopes: readonly string[]; legalFrameworkText: string; legalFrameworkUrl: string | null };
  },
  now: number,
): Statement[] {
  const { requestId, fromVersion, fields } = replacement;
  return [
    db
      .update(requests)
      .set({
        useCase: fields.useCase,
        legalFrameworkText: fields.legalFrameworkText,
        legalFrameworkUrl: fields.legalFrameworkUrl,
        version: fromVersion + 1,
        updatedAt: now,
      })
      .where(and(eq(requests.id, requestId), eq(requests.version, fromVersion))),
    db.delete(requestScopes).where(eq(requestScopes.requestId, requestId)),
    ...fields.scopes.map((scope) => db.insert(requestScopes).values({ requestId, scope })),
  ];
}

/** The act's address recorded on a request (no version: the act is read from it next). */
export function actUrlStatement(db: Database, requestId: number, url: string): Statement {
  return db.update(requests).set({ legalFrameworkUrl: url }).where(eq(requests.id, requestId));
}
