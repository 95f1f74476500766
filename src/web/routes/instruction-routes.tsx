/** The instruction space: the queue, the review page and the three decisions. */

import { Hono, type Context } from "hono";
import { DomainError } from "../../domain/errors";
import { canInstruct } from "../../domain/policies";
import type { RequestState } from "../../domain/request-state";
import { decideRequest, type Decision } from "../../services/decide-request";
import { getRequestDetail } from "../../services/get-request-detail";
import { countByState, listQueuePage } from "../../storage/requests-store";
import { InstructionQueuePage } from "../../../views/pages/instruction-queue-page";
import { InstructionRequestPage } from "../../../views/pages/instruction-request-page";
import type { AppEnv } from "../app-env";
import { STATUS_BY_CODE, TITLE_BY_CODE } from "../http-errors";
import { requireRole } from "../middleware/require-role";
import { formBody, idParam, parseVersion, textField } from "../params";
import { redirectAfterPost, renderPage } from "../render";
import { serviceContext } from "../service-context";

export const instructionRoutes = new Hono<AppEnv>();

const staff = requireRole("instructor", "reporter", "admin");
const instructor = requireRole("instructor");

const TABS: readonly { key: string; label: string; states: RequestState[] }[] = [
  { key: "a-instruire", label: "À instruire", states: ["submitted"] },
  { key: "acte-tarifaire", label: "Acte tarifaire demandé", states: ["tariff_act_requested"] },
  { key: "traitees", label: "Traitées", states: ["accepted", "rejected"] },
  { key: "toutes", label: "Toutes", states: ["submitted", "tariff_act_requested", "accepted", "rejected"] },
];

const PAGE_SIZE = 50;

instructionRoutes.get("/instruction", staff, async (c) => {
  const tab = TABS.find((candidate) => candidate.key === c.req.query("onglet")) ?? TABS[0]!;
  const after = parseCursor(c.req.query("apres"));
  const { db } = c.var.deps;
  const [counts, rows] = await Promise.all([
    countByState(db),
    listQueuePage(db, { states: tab.states, limit: PAGE_SIZE + 1, after }),
  ]);
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const nextPageHref =
    rows.length > PAGE_SIZE && last ? `/instruction?onglet=${tab.key}&apres=${last.submittedAt ?? 0}.${last.id}` : null;
  const tabs = TABS.map(({ key, label, states }) => ({
    key,
    label,
    count: states.reduce((total, state) => total + (counts[state] ?? 0), 0),
  }));
  return renderPage(
    c,
    <InstructionQueuePage
      viewer={c.var.viewer!}
      tabs={tabs}
      activeTab={tab.key}
      rows={page}
      nextPageHref={nextPageHref}
    />,
  );
});

instructionRoutes.get("/instruction/demandes/:id", staff, async (c) => {
  const detail = await getRequestDetail(serviceContext(c), idParam(c, "id"));
  return renderPage(
    c,
    <InstructionRequestPage viewer={c.var.viewer!} detail={detail} canDecide={canInstruct(c.var.actor!.role)} />,
  );
});

const DECISION_PATHS: Record<string, Decision> = {
  valider: "accept",
  refuser: "reject",
  "demander-acte-tarifaire": "request_tariff_act",
};

for (const [path, decision] of Object.entries(DECISION_PATHS)) {
  instructionRoutes.post(`/instruction/demandes/:id/${path}`, instructor, async (c) => decide(c, decision));
}

async function decide(c: Context<AppEnv>, decision: Decision) {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  const motivation = textField(body, "motivation");
  try {
    await decideRequest(serviceContext(c), { requestId, decision, motivation, version: parseVersion(body.version) });
    return redirectAfterPost(c, `/instruction/demandes/${requestId}`);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    // Show the request as it is now, with the instructor's text kept and the reason beside it.
    const detail = await getRequestDetail(serviceContext(c), requestId);
    return renderPage(
      c,
      <InstructionRequestPage
        viewer={c.var.viewer!}
        detail={detail}
        canDecide
        form={{ decision, motivation, errors: error.fields }}
        error={{ title: TITLE_BY_CODE[error.code], message: error.message }}
      />,
      STATUS_BY_CODE[error.code],
    );
  }
}

function parseCursor(raw: string | undefined): { submittedAt: number; id: number } | undefined {
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(raw ?? "");
  return match ? { submittedAt: Number(match[1]), id: Number(match[2]) } : undefined;
}
