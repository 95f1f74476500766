/** The instruction space: the queue, the review page, taking a request, and the three decisions. */

import { Hono, type Context } from "hono";
import { DomainError } from "../../domain/errors";
import { assignRequest } from "../../services/assign-request";
import { DECISION_PATHS, type Decision } from "../../domain/decisions";
import { decideRequest } from "../../services/decide-request";
import { postMessage } from "../../services/post-message";
import { reopenRequest } from "../../services/reopen-request";
import { isDoneDecision, type DecisionDone } from "../../../views/components/decision-done";
import type { DecisionFormState } from "../../../views/partials/decision-forms";
import { InstructionQueuePage } from "../../../views/pages/instruction-queue-page";
import { InstructionRequestPage } from "../../../views/pages/instruction-request-page";
import { QueueResults } from "../../../views/partials/queue-results";
import type { AppEnv } from "../app-env";
import { STATUS_BY_CODE, TITLE_BY_CODE } from "../http-errors";
import { allow } from "../middleware/allow";
import { formBody, idParam, parseVersion, textField } from "../params";
import { QUEUE_TABS } from "../../domain/queue";
import { QUEUE_SORTS } from "../../domain/queue-order";
import { findNextInQueue } from "../../services/find-next-in-queue";
import { getQueuePage } from "../../services/get-queue-page";
import { getReviewPage } from "../../services/get-review-page";
import { parseQueueView, queueQuery } from "../queue-params";
import { postedTexts, templateChoice, type DecisionTexts } from "../decision-texts";
import { isHtmx, redirectAfterPost, renderFragment, renderPage } from "../render";
import { serviceContext } from "../service-context";
import type { ServiceContext } from "../../services/context";

export const instructionRoutes = new Hono<AppEnv>();

instructionRoutes.get("/instruction", allow("browse_queue"), async (c) => {
  const { tab, form, sort, pageSize, position } = parseQueueView(new URL(c.req.url).searchParams);
  const queue = await getQueuePage(serviceContext(c), { tab, form, sort, pageSize, position });
  const { counts, countsAtLeast, byNumber, instructors, pager } = queue;
  const href = (query: string) => `/instruction?${query}`;
  const results = {
    tabs: QUEUE_TABS.map((candidate, index) => ({
      key: candidate.key,
      label: candidate.label,
      count: counts[index]!,
      href: href(queueQuery(candidate.key, form)),
    })),
    activeTab: tab.key,
    rows: queue.rows,
    readings: queue.readings,
    rowHref: (id: number) => `/instruction/demandes/${id}?${queueQuery(tab.key, form)}`,
    instructorNames: new Map(instructors.map((user) => [user.id, user.name])),
    sortLabel: QUEUE_SORTS.find((candidate) => candidate.sort === sort)!.label,
    pager: {
      number: pager.number,
      count: pager.count,
      countAtLeast: pager.countAtLeast,
      firstHref: pager.previous ? href(queueQuery(tab.key, form)) : null,
      previousHref: pager.previous
        ? href(queueQuery(tab.key, form, { before: pager.previous, page: pager.number - 1 }))
        : null,
      nextHref: pager.next ? href(queueQuery(tab.key, form, { after: pager.next, page: pager.number + 1 })) : null,
    },
    total: counts[QUEUE_TABS.indexOf(tab)]!,
    countsAtLeast,
    byNumber,
  };
  // htmx asks for the results only, except when restoring history, which needs the page.
  if (isHtmx(c) && c.req.header("hx-history-restore-request") !== "true") {
    return renderFragment(c, <QueueResults {...results} />);
  }
  return renderPage(
    c,
    <InstructionQueuePage
      viewer={c.var.viewer!}
      filters={{ tabKey: tab.key, form, states: tab.states, rules: queue.rules, instructors }}
      results={results}
      done={decisionDone(new URL(c.req.url).searchParams)}
    />,
  );
});

instructionRoutes.get("/instruction/demandes/:id", allow("browse_queue"), async (c) => reviewPage(c, idParam(c, "id")));

instructionRoutes.post("/instruction/demandes/:id/prendre", allow("assign"), async (c) => assign(c, "take"));
instructionRoutes.post("/instruction/demandes/:id/liberer", allow("assign"), async (c) => assign(c, "release"));

instructionRoutes.post("/instruction/demandes/:id/messages", allow("instruct"), async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  try {
    await postMessage(serviceContext(c), { requestId, body: textField(body, "message") });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    return reviewPage(c, requestId, {
      form: {
        decision: "message",
        motivation: textField(body, "message"),
        errors: { message: error.fields.message ?? error.message },
      },
      error: { title: TITLE_BY_CODE.VALIDATION, message: error.message },
      status: 422,
    });
  }
  return redirectAfterPost(c, `/instruction/demandes/${requestId}${queueSuffix(c)}#messages`);
});

instructionRoutes.post("/instruction/demandes/:id/rouvrir", allow("reopen"), async (c) =>
  decide(c, "reopen", (ctx, { requestId, motivation, version }) =>
    reopenRequest(ctx, { requestId, reason: motivation, version }),
  ),
);

for (const [decision, path] of Object.entries(DECISION_PATHS) as [Decision, string][]) {
  instructionRoutes.post(`/instruction/demandes/:id/${path}`, allow(decision), async (c) =>
    decide(c, decision, (ctx, form) => decideRequest(ctx, { ...form, decision })),
  );
}

async function assign(c: Context<AppEnv>, action: "take" | "release") {
  const requestId = idParam(c, "id");
  await formBody(c);
  await assignRequest(serviceContext(c), { requestId, action });
  return redirectAfterPost(c, `/instruction/demandes/${requestId}${queueSuffix(c)}`);
}

/** The decision form: what the instructor (or, to reopen, the admin) sent, given to one service verb. */
interface DecisionForm {
  readonly requestId: number;
  readonly motivation: string;
  readonly version: number;
}

async function decide(
  c: Context<AppEnv>,
  decision: Decision | "reopen",
  verb: (ctx: ServiceContext, form: DecisionForm) => Promise<unknown>,
) {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  // The reopening has its own form, with one `motivation`; a decision reads its own box.
  const { motivation, texts } =
    decision === "reopen"
      ? { motivation: textField(body, "motivation"), texts: undefined }
      : postedTexts(body, decision);
  const ctx = serviceContext(c);
  const done = new URLSearchParams(new URL(c.req.url).searchParams);
  done.set("fait", decision);
  done.set("demande", String(requestId));
  try {
    const version = parseVersion(body.version);
    // "… et passer à la suivante": the next one is found from this request's place before the decision moves it.
    const { tab, form, sort } = parseQueueView(done);
    const next =
      textField(body, "suite") === "1" ? await findNextInQueue(ctx, { requestId, tab, form, sort }) : undefined;
    await verb(ctx, { requestId, motivation, version });
    if (next === undefined) return redirectAfterPost(c, `/instruction/demandes/${requestId}?${done}`);
    return redirectAfterPost(c, next === null ? `/instruction?${done}` : `/instruction/demandes/${next}?${done}`);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    // Show the request as it is now, with every box's text kept and the reason beside it.
    return reviewPage(c, requestId, {
      form: { decision, motivation, errors: error.fields, texts },
      error: {
        title: TITLE_BY_CODE[error.code],
        message:
          error.code === "CONFLICT"
            ? `${error.message} Voici la demande à jour ; votre texte est gardé ci-dessous, prêt à être renvoyé si votre décision tient toujours.`
            : error.message,
      },
      status: STATUS_BY_CODE[error.code],
    });
  }
}

async function reviewPage(
  c: Context<AppEnv>,
  requestId: number,
  outcome?: {
    form: DecisionFormState;
    error: { title: string; message: string };
    status: 409 | 422 | number;
  },
) {
  const query = new URL(c.req.url).searchParams;
  const { tab, form, sort } = parseQueueView(query);
  const { template, typed } = templateChoice(query);
  const page = await getReviewPage(serviceContext(c), { requestId, tab, form, sort, template });
  const { detail } = page;
  const suffix = `?${queueQuery(tab.key, form)}`;
  return renderPage(
    c,
    <InstructionRequestPage
      viewer={c.var.viewer!}
      detail={detail}
      reading={page.reading}
      canDecide={page.canDecide}
      canReopen={page.canReopen}
      actorId={c.var.actor!.userId}
      assignedName={page.assignedName}
      queueHref={`/instruction${suffix}`}
      previousHref={page.previousId ? `/instruction/demandes/${page.previousId}${suffix}` : null}
      nextHref={page.nextId ? `/instruction/demandes/${page.nextId}${suffix}` : null}
      actionSuffix={suffix}
      form={outcome?.form ?? withTemplate(page.fromTemplate, typed)}
      error={outcome?.error}
      done={outcome ? null : decisionDone(query)}
      templates={page.templates}
      seenVersion={typed ? seenVersion(query, detail.request.version) : undefined}
    />,
    (outcome?.status ?? 200) as 200,
  );
}

/**
 * The boxes after a template was chosen: the template's text in its box and, after « Utiliser »
 * without JavaScript, what was typed in the others (and in the chosen box when no template fits).
 */
function withTemplate(
  filled: { decision: string; motivation: string } | undefined,
  typed: { box: Decision; texts: DecisionTexts } | undefined,
): DecisionFormState | undefined {
  if (filled) {
    // The service fills a box only with a template of its decision: typed.box is filled.decision.
    const texts = typed ? { ...typed.texts, [typed.box]: filled.motivation } : undefined;
    return { ...filled, errors: {}, texts };
  }
  if (!typed) return undefined;
  return { decision: typed.box, motivation: typed.texts[typed.box] ?? "", errors: {}, texts: typed.texts };
}

/**
 * After « Utiliser » without JavaScript the page is read again: its form keeps the version the
 * instructor saw (sent with the form), so that a decision on text typed against an older version
 * is refused as a conflict, which says who changed what, as it is with htmx.
 */
function seenVersion(query: URLSearchParams, current: number): number | undefined {
  const sent = Number(query.get("version"));
  return Number.isSafeInteger(sent) && sent > 0 && sent < current ? sent : undefined;
}

/** The decision just recorded (`?fait=…&demande=…` after the redirect), for the confirmation banner. */
function decisionDone(query: URLSearchParams): DecisionDone | null {
  const decision = query.get("fait") ?? "";
  const requestId = Number(query.get("demande"));
  if (!Number.isSafeInteger(requestId) || requestId <= 0) return null;
  return isDoneDecision(decision) ? { decision, requestId } : null;
}

/** Decisions and assignment keep the queue context they were opened from. */
function queueSuffix(c: Context<AppEnv>): string {
  const query = new URL(c.req.url).searchParams;
  return query.has("onglet") ? `?${query.toString()}` : "";
}
