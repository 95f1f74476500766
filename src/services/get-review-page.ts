/**
 * What the instruction page of one request shows: its detail and reading, who holds it, its
 * neighbours in the queue view it was opened from (its filters and its order), the motivation
 * templates, and the chosen template filled in with the request's values. Staff only; deciding is checked on the action.
 */

import type { Decision } from "../domain/decisions";
import { renderTemplate } from "../domain/message-template";
import { authorize, roleMay } from "../domain/policies";
import { cursorOf, filtersFor, type QueueForm, type QueueTab } from "../domain/queue";
import type { QueueSort } from "../domain/queue-order";
import { scopeLabel } from "../domain/scope-catalogue";
import { useCaseLabel } from "../domain/use-case-catalogue";
import { findUserById } from "../storage/people-store";
import { listQueue } from "../storage/queue-store";
import { listTemplates, type TemplateRow } from "../storage/templates-store";
import type { ServiceContext } from "./context";
import { QUEUE_REFUSAL } from "./get-queue-page";
import type { RequestDetail, RequestReading } from "./read-models";
import { getRequestView } from "./get-request-view";

export interface ReviewPage {
  readonly detail: RequestDetail;
  readonly reading: RequestReading;
  readonly assignedName: string | null;
  readonly previousId: number | null;
  readonly nextId: number | null;
  readonly templates: TemplateRow[];
  /** The chosen template, filled in: the decision it serves and its motivation. */
  readonly fromTemplate: { decision: string; motivation: string } | undefined;
  readonly canDecide: boolean;
  readonly canReopen: boolean;
}

/**
 * A template chosen on the page: its id and the decision box it was chosen for, whose
 * decision it must serve (a template for another decision fills nothing). A shared
 * `?modele=` link names no box: the template fills its own.
 */
interface TemplateChoice {
  readonly id: string;
  readonly box?: Decision;
}

export async function getReviewPage(
  ctx: ServiceContext,
  input: { requestId: number; tab: QueueTab; form: QueueForm; sort: QueueSort; template?: TemplateChoice },
): Promise<ReviewPage> {
  authorize(ctx.actor, "browse_queue", QUEUE_REFUSAL);
  const [{ detail, reading }, templates] = await Promise.all([
    getRequestView(ctx, input.requestId),
    listTemplates(ctx.db),
  ]);
  const { assignedInstructorId } = detail.request;
  const filters = filtersFor(input.tab, input.form, ctx.actor.userId);
  const here = cursorOf(detail.request, input.sort);
  const [previous, next, assigned] = await Promise.all([
    listQueue(ctx.db, filters, { sort: input.sort, limit: 1, before: here }),
    listQueue(ctx.db, filters, { sort: input.sort, limit: 1, after: here }),
    // Who holds the request, by name (one user, not every instructor).
    assignedInstructorId ? findUserById(ctx.db, assignedInstructorId) : undefined,
  ]);
  const chosen = templates.find(
    (template) =>
      String(template.id) === input.template?.id &&
      (input.template.box === undefined || input.template.box === template.decision),
  );
  const fromTemplate = chosen
    ? {
        decision: chosen.decision,
        motivation: renderTemplate(chosen.body, {
          organisation: detail.organisation.name,
          numero: String(detail.request.id),
          cas_usage: useCaseLabel(detail.request.useCase),
          donnees: detail.request.scopes.map(scopeLabel).join(", "),
          donnees_non_justifiees: reading.scopes
            .filter((verdict) => verdict.status === "fail")
            .map((verdict) => scopeLabel(verdict.scope))
            .join(", "),
          instructeur: ctx.actor.name,
        }),
      }
    : undefined;
  return {
    detail,
    reading,
    assignedName: assigned?.name ?? null,
    previousId: previous[0]?.id ?? null,
    nextId: next[0]?.id ?? null,
    templates,
    fromTemplate,
    canDecide: roleMay(ctx.actor.role, "instruct"),
    canReopen: roleMay(ctx.actor.role, "reopen"),
  };
}
