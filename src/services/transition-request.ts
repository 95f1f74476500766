/**
 * The one way a request changes state: policy, motivation and version checks, then the state
 * change, its event and its decision in one batch. A concurrent writer that got there first
 * makes the batch fail on the events' unique version index: we report who did what instead.
 */

import { conflict, forbidden, invalid } from "../domain/errors";
import { formatDateTime } from "../domain/format";
import { canApply, roleMayCause } from "../domain/policies";
import {
  EVENT_LABELS,
  isRequestEvent,
  nextState,
  requiresMotivation,
  STATE_LABELS,
  type RequestEvent,
} from "../domain/request-state";
import { SYSTEM_ROLE } from "../domain/roles";
import { noticeItems } from "../notifications/messages";
import { isUniqueViolation, runAtomically, type Statement } from "../storage/database";
import { activeWebhooks, organisationEmails, outboxStatements } from "../storage/outbox-store";
import { latestVersionEvent } from "../storage/history-store";
import { findRequest, type RequestRecord } from "../storage/requests-store";
import { transitionStatements } from "../storage/request-writes";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { normaliseText } from "../domain/required-text";

const MAX_MOTIVATION_LENGTH = 5000;

export interface TransitionInput {
  readonly requestId: number;
  readonly event: RequestEvent;
  /** The version the actor saw; anything else is a conflict. */
  readonly version: number;
  readonly motivation?: string;
  readonly payload?: Record<string, unknown>;
  /** Rows that must be written with the transition or not at all (e.g. the tariff act). */
  readonly alsoWrite?: (ctx: ServiceContext, request: RequestRecord, now: number) => Statement[];
}

export async function transitionRequest(ctx: ServiceContext, input: TransitionInput): Promise<RequestRecord> {
  const request = await loadReadableRequest(ctx, input.requestId);
  if (!roleMayCause(ctx.actor.role, input.event)) throw forbidden();
  if (request.version !== input.version) throw await describeConflict(ctx, request.id);
  const to = nextState(request.state, input.event);
  if (!to || !canApply(ctx.actor, request, input.event)) {
    throw conflict(`Cette action n'est pas possible : la demande est à l'état « ${STATE_LABELS[request.state]} ».`);
  }
  const motivation = normaliseText(input.motivation ?? "", "paragraphs");
  if (requiresMotivation(input.event) && !motivation) {
    // A reopening's reason stays in the history for Cadre's team; a decision's motivation is
    // sent to the collectivité: the words say which one the person is writing.
    throw input.event === "reopen"
      ? invalid("La raison de la réouverture est obligatoire.", {
          motivation: "Indiquez pourquoi vous rouvrez la demande : cette raison restera dans son historique.",
        })
      : invalid("La motivation est obligatoire pour cette décision.", {
          motivation: "Expliquez votre décision : la collectivité lira ce texte.",
        });
  }
  if (motivation.length > MAX_MOTIVATION_LENGTH) {
    throw invalid("La motivation est trop longue.", {
      motivation: `La motivation ne doit pas dépasser ${MAX_MOTIVATION_LENGTH} caractères.`,
    });
  }

  const now = ctx.now();
  const statements = [
    ...transitionStatements(
      ctx.db,
      {
        requestId: request.id,
        fromVersion: request.version,
        event: input.event,
        from: request.state,
        to,
        actorId: ctx.actor.userId,
        motivation,
        payload: input.payload,
      },
      now,
    ),
    ...(input.alsoWrite?.(ctx, request, now) ?? []),
    // E-mails and webhook deliveries are written with the change, so none is lost or invented.
    ...outboxStatements(
      ctx.db,
      noticeItems(
        {
          requestId: request.id,
          event: input.event,
          from: request.state,
          to,
          version: request.version + 1,
          motivation,
          at: now,
          automatic: ctx.actor.role === SYSTEM_ROLE,
        },
        await organisationEmails(ctx.db, request.organisationId),
        await activeWebhooks(ctx.db),
      ),
      now,
    ),
  ];
  try {
    await runAtomically(ctx.db, statements);
  } catch (error) {
    if (isUniqueViolation(error, "events")) throw await describeConflict(ctx, request.id);
    throw error;
  }
  return (await findRequest(ctx.db, request.id))!;
}

async function describeConflict(ctx: ServiceContext, requestId: number) {
  const last = await latestVersionEvent(ctx.db, requestId);
  const what = last && isRequestEvent(last.type) ? `« ${EVENT_LABELS[last.type]} »` : "une modification";
  const who = last?.actorName ?? "une autre personne";
  const when = last ? ` le ${formatDateTime(last.createdAt)}` : "";
  return conflict(
    `Cette demande a été modifiée entre-temps par ${who}${when} : ${what}. Rien n'a été enregistré de votre côté.`,
  );
}
