/** The instruction space: the queue, the review page, taking a request, and the three decisions. */

import { Hono, type Context } from "hono";
import { DomainError } from "../../domain/errors";
import { canInstruct } from "../../domain/policies";
import { RULES } from "../../rules/index";
import { assignRequest } from "../../services/assign-request";
import { decideRequest, type Decision } from "../../services/decide-request";
import { getRequestView } from "../../services/get-request-view";
import { postMessage } from "../../services/post-message";
import { reopenRequest } from "../../services/reopen-request";
import { listUsersByRole } from "../../storage/people-store";
import { listTemplates } from "../../storage/templates-store";
import { renderTemplate } from "../../domain/message-template";
import { scopeLabel } from "../../domain/scope-catalogue";
import { useCaseLabel } from "../../domain/use-case-catalogue";
import { countQueueTabs } from "../../storage/queue-counts";
import { listQueue, toFtsQuery } from "../../storage/queue-store";
import { InstructionQueuePage } from "../../../views/pages/instruction-queue-page";
import { InstructionRequestPage } from "../../../views/pages/instruction-request-page";
import { QueueResults } from "../../../views/partials/queue-results";
import type { AppEnv } from "../app-env";
import { STATUS_BY_CODE, TITLE_BY_CODE } from "../http-errors";
import { requireRole } from "../middleware/require-role";
import { formBody, idParam, parseVersion, textField } from "../params";
import { QUEUE_TABS, filtersFor, parseQueueView, queueQuery } from "../queue-params";
import { isHtmx, redirectAfterPost, renderFragment, renderPage } from "../render";
import { serviceContext } from "../service-context";

export const instructionRoutes = new Hono<AppEnv>();

const staff = requireRole("instructor", "reporter", "admin");
const instructor = requireRole("instructor");
const admin = requireRole("admin");
const PAGE_SIZE = 50;
const RULE_CHOICES = RULES.map((rule) => ({ id: rule.id, title: rule.title }));

instructionRoutes.get("/instruction", staff, async (c) => {
  const { db } = c.var.deps;
  const actor = c.var.actor!;
  const { tab, form, cursor } = parseQueueView(new URL(c.req.url).searchParams);
  const filters = filtersFor(tab, form, actor.userId);
  const [rows, { counts, atLeast }, instructors] = await Promise.all([
    listQueue(db, filters, { limit: PAGE_SIZE + 1, after: cursor }),
    countQueueTabs(
      db,
      QUEUE_TABS.map((candidate) => filtersFor(candidate, form, actor.userId)),
    ),
    listUsersByRole(db, "instructor"),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const results = {
    tabs: QUEUE_TABS.map((candidate, index) => ({
      key: candidate.key,
      label: candidate.label,
      count: counts[index]!,
      href: `/instruction?${queueQuery(candidate.key, form)}`,
    })),
    activeTab: tab.key,
    rows: page,
    rowHref: (id: number) => `/instruction/demandes/${id}?${queueQuery(tab.key, form)}`,
    instructorNames: new Map(instructors.map((user) => [user.id, user.name])),
    nextPageHref:
      rows.length > PAGE_SIZE && last
        ? `/instruction?${queueQuery(tab.key, form, { submittedAt: last.submittedAt ?? 0, id: last.id })}`
        : null,
    total: counts[QUEUE_TABS.indexOf(tab)]!,
    countsAtLeast: atLeast,
    byNumber: Boolean(filters.search && toFtsQuery(filters.search)),
  };
  // htmx asks for the results only, except when restoring history, which needs the page.
  if (isHtmx(c) && c.req.header("hx-history-restore-request") !== "true") {
    return renderFragment(c, <QueueResults {...results} />);
  }
  return renderPage(
    c,
    <InstructionQueuePage
      viewer={c.var.viewer!}
      filters={{ tabKey: tab.key, form, states: tab.states, rules: RULE_CHOICES, instructors }}
      results={results}
    />,
  );
});

instructionRoutes.get("/instruction/demandes/:id", staff, async (c) => reviewPage(c, idParam(c, "id")));

instructionRoutes.post("/instruction/demandes/:id/prendre", instructor, async (c) => assign(c, "take"));
instructionRoutes.post("/instruction/demandes/:id/liberer", instructor, async (c) => assign(c, "release"));

instructionRoutes.post("/instruction/demandes/:id/messages", instructor, async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  try {
    await postMessage(serviceContext(c), { requestId, body: textField(body, "message") });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    return reviewPage(c, requestId, {
      form: { decision: "message", motivation: "", errors: { message: error.fields.message ?? error.message } },
      error: { title: TITLE_BY_CODE.VALIDATION, message: error.message },
      status: 422,
    });
  }
  return redirectAfterPost(c, `/instruction/demandes/${requestId}${queueSuffix(c)}#messages`);
});

instructionRoutes.post("/instruction/demandes/:id/rouvrir", admin, async (c) => decide(c, "reopen"));

const DECISION_PATHS: Record<string, Decision> = {
  valider: "accept",
  refuser: "reject",
  "demander-acte-tarifaire": "request_tariff_act",
};

for (const [path, decision] of Object.entries(DECISION_PATHS)) {
  instructionRoutes.post(`/instruction/demandes/:id/${path}`, instructor, async (c) => decide(c, decision));
}

async function assign(c: Context<AppEnv>, action: "take" | "release") {
  const requestId = idParam(c, "id");
  await formBody(c);
  await assignRequest(serviceContext(c), { requestId, action });
  return redirectAfterPost(c, `/instruction/demandes/${requestId}${queueSuffix(c)}`);
}

async function decide(c: Context<AppEnv>, decision: Decision | "reopen") {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  const motivation = textField(body, "motivation");
  try {
    const version = parseVersion(body.version);
    if (decision === "reopen") await reopenRequest(serviceContext(c), { requestId, reason: motivation, version });
    else await decideRequest(serviceContext(c), { requestId, decision, motivation, version });
    return redirectAfterPost(c, `/instruction/demandes/${requestId}${queueSuffix(c)}`);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    // Show the request as it is now, with the instructor's text kept and the reason beside it.
    return reviewPage(c, requestId, {
      form: { decision, motivation, errors: error.fields },
      error: { title: TITLE_BY_CODE[error.code], message: error.message },
      status: STATUS_BY_CODE[error.code],
    });
  }
}

async function reviewPage(
  c: Context<AppEnv>,
  requestId: number,
  outcome?: {
    form: { decision: string; motivation: string; errors: Readonly<Record<string, string>> };
    error: { title: string; message: string };
    status: 409 | 422 | number;
  },
) {
  const ctx = serviceContext(c);
  const [{ detail, reading }, instructors] = await Promise.all([
    getRequestView(ctx, requestId),
    listUsersByRole(ctx.db, "instructor"),
  ]);
  const { tab, form } = parseQueueView(new URL(c.req.url).searchParams);
  const filters = filtersFor(tab, form, ctx.actor.userId);
  const here = { submittedAt: detail.request.submittedAt ?? 0, id: detail.request.id };
  const [previous, next] = await Promise.all([
    listQueue(ctx.db, filters, { limit: 1, before: here }),
    listQueue(ctx.db, filters, { limit: 1, after: here }),
  ]);
  const suffix = `?${queueQuery(tab.key, form)}`;
  const templates = await listTemplates(ctx.db);
  const chosen = templates.find((template) => String(template.id) === c.req.query("modele"));
  const fromTemplate = chosen
    ? {
        decision: chosen.decision,
        errors: {},
        motivation: renderTemplate(chosen.body, {
          organisation: detail.organisation.name,
          numero: String(detail.request.id),
          cas_usage: useCaseLabel(detail.request.useCase),
          donnees: detail.request.scopes.map(scopeLabel).join(", "),
          donnees_non_justifiees: reading.scopes
            .filter((verdict) => !verdict.justified)
            .map((verdict) => scopeLabel(verdict.scope))
            .join(", "),
          instructeur: ctx.actor.name,
        }),
      }
    : undefined;
  return renderPage(
    c,
    <InstructionRequestPage
      viewer={c.var.viewer!}
      detail={detail}
      reading={reading}
      canDecide={canInstruct(ctx.actor.role)}
      canReopen={ctx.actor.role === "admin"}
      actorId={ctx.actor.userId}
      assignedName={instructors.find((user) => user.id === detail.request.assignedInstructorId)?.name ?? null}
      queueHref={`/instruction${suffix}`}
      previousHref={previous[0] ? `/instruction/demandes/${previous[0].id}${suffix}` : null}
      nextHref={next[0] ? `/instruction/demandes/${next[0].id}${suffix}` : null}
      actionSuffix={suffix}
      form={outcome?.form ?? fromTemplate}
      error={outcome?.error}
      templates={templates}
    />,
    (outcome?.status ?? 200) as 200,
  );
}

/** Decisions and assignment keep the queue context they were opened from. */
function queueSuffix(c: Context<AppEnv>): string {
  const query = new URL(c.req.url).searchParams;
  return query.has("onglet") ? `?${query.toString()}` : "";
}
