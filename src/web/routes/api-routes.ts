/**
 * The JSON API (docs/api.md, and /api/v1/openapi.json), for software editors who file requests for their
 * client collectivités, and for tools. Bearer tokens only (no cookies, hence no CSRF surface);
 * errors are `{error: {code, message}}`; an applicant's token never reaches another
 * organisation's data (the services answer "not found").
 */

import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { invalid } from "../../domain/errors";
import { isDocumentKind, type DocumentKind } from "../../domain/document";
import { isRequestState } from "../../domain/request-state";
import { computeStatistics } from "../../domain/statistics";
import { datapassFormOf } from "../../domain/use-case-catalogue";
import { checkUpload } from "../../documents/upload";
import { addDocuments } from "../../services/add-documents";
import { createDraftRequest } from "../../services/create-draft-request";
import { isDecision } from "../../domain/decisions";
import { decideRequest } from "../../services/decide-request";
import { getRequestDetail } from "../../services/get-request-detail";
import { claimEmailsForRemoteSending } from "../../services/claim-emails-for-remote-sending";
import { documentBytesForReading } from "../../services/get-document-bytes-for-reading";
import { listDocumentsAwaitingOcr } from "../../services/list-documents-awaiting-ocr";
import { storeRemoteReading } from "../../services/store-remote-reading";
import { storeRemoteSendingResult } from "../../services/store-remote-sending-result";
import { submitRequest } from "../../services/submit-request";
import { getStatistics } from "../../services/get-statistics";
import { listRequests } from "../../services/list-requests";
import type { AppEnv } from "../app-env";
import { bearerAuth } from "../middleware/bearer-auth";
import { rateLimit } from "../middleware/rate-limits";
import { allow } from "../middleware/allow";
import { dayPeriod } from "../day-period";
import { OPENAPI } from "../openapi";
import { fileFields, formBody, idParam, jsonBody, textField } from "../params";
import { scheduleReading } from "../schedule-reading";
import { scheduleActFetch } from "../schedule-act-fetch";
import { serviceContext } from "../service-context";
import { iso, requestJson } from "./api-request-json";

export const apiRoutes = new Hono<AppEnv>();
// The description is public, like any API documentation; everything else needs a token.
apiRoutes.get("/api/v1/openapi.json", (c) => c.json(OPENAPI));
// Limits count only authenticated calls: per token, and uploads per user (README « Sécurité »).
apiRoutes.use("/api/v1/*", bearerAuth, rateLimit("api"));
const uploads = rateLimit("uploads");

// A decision or a submission is a few fields and a motivation: 64 Ko is plenty, and a larger
// body is refused while it arrives instead of being read into memory.
const MAX_JSON_BYTES = 64 * 1024;
const smallJson = bodyLimit({
  maxSize: MAX_JSON_BYTES,
  onError: () => {
    throw new HTTPException(413, {
      message: "Le corps de la requête dépasse 64 Ko : rien n'a été enregistré. Envoyez une motivation plus courte.",
    });
  },
});

const KIND_ALIASES: Record<string, DocumentKind> = {
  acte_tarifaire: "tariff_act",
  annexe: "annex",
};

apiRoutes.post("/api/v1/demandes", uploads, async (c) => {
  const body = await formBody(c);
  const id = await createDraftRequest(serviceContext(c), {
    useCase: textField(body, "use_case"),
    scopes: textField(body, "scopes").split(","),
    legalFrameworkText: textField(body, "cadre_juridique_nature"),
    legalFrameworkUrl: textField(body, "cadre_juridique_url"),
    documents: (await uploadsOf(body)).map((upload) => ({ upload, kind: "deliberation" as const })),
  });
  await scheduleReading(c, id);
  scheduleActFetch(c, id);
  return c.json(await shortState(c, id), 201);
});

apiRoutes.post("/api/v1/demandes/:id/documents", uploads, async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  const rawKind = textField(body, "kind") || "deliberation";
  const kind = KIND_ALIASES[rawKind] ?? rawKind;
  if (!isDocumentKind(kind)) {
    throw invalid("Type de document inconnu : deliberation, acte_tarifaire ou annexe.", { kind: "Type inconnu." });
  }
  await addDocuments(serviceContext(c), { requestId, kind, uploads: await uploadsOf(body) });
  await scheduleReading(c, requestId);
  return c.json(await requestJson(c, requestId), 201);
});

apiRoutes.post("/api/v1/demandes/:id/soumettre", smallJson, async (c) => {
  const requestId = idParam(c, "id");
  const { version } = ((await jsonBody(c, { emptyIsObject: true })) ?? {}) as { version?: unknown };
  const current =
    version === undefined ? (await getRequestDetail(serviceContext(c), requestId)).request.version : version;
  const request = await submitRequest(serviceContext(c), { requestId, version: Number(current) });
  scheduleActFetch(c, requestId);
  return c.json({ id: request.id, state: request.state, version: request.version });
});

apiRoutes.get("/api/v1/demandes/:id", async (c) => c.json(await requestJson(c, idParam(c, "id"))));

apiRoutes.post("/api/v1/demandes/:id/decisions", smallJson, async (c) => {
  const requestId = idParam(c, "id");
  const input = (await jsonBody(c)) as {
    decision?: unknown;
    motivation?: unknown;
    version?: unknown;
  } | null;
  if (!input || typeof input.decision !== "string" || !isDecision(input.decision)) {
    throw invalid("« decision » doit valoir accept, reject ou request_tariff_act.", { decision: "Valeur inconnue." });
  }
  if (typeof input.version !== "number" || !Number.isInteger(input.version)) {
    throw invalid("« version » (entier) est obligatoire : la version de la demande que vous avez lue.", {
      version: "Obligatoire.",
    });
  }
  const request = await decideRequest(serviceContext(c), {
    requestId,
    decision: input.decision,
    motivation: typeof input.motivation === "string" ? input.motivation : "",
    version: input.version,
  });
  return c.json({ state: request.state, version: request.version });
});

apiRoutes.get("/api/v1/demandes", async (c) => {
  const ctx = serviceContext(c);
  const state = c.req.query("state");
  if (state && !isRequestState(state)) throw invalid(`État inconnu : ${state}.`, { state: "État inconnu." });
  const limit = Math.min(200, Math.max(1, Number(c.req.query("limit") ?? 50) || 50));
  const after = Number(c.req.query("after") ?? 0) || undefined;
  const rows = await listRequests(ctx, {
    state: state && isRequestState(state) ? state : undefined,
    afterId: after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  return c.json({
    demandes: page.map((row) => ({
      id: row.id,
      state: row.state,
      use_case: row.useCase,
      datapass_form: datapassFormOf(row.useCase),
      organisation: row.organisationName,
      submitted_at: iso(row.submittedAt),
      updated_at: iso(row.updatedAt),
    })),
    next:
      rows.length > limit
        ? `/api/v1/demandes?${new URLSearchParams({ ...(state ? { state } : {}), after: String(page.at(-1)!.id), limit: String(limit) })}`
        : null,
  });
});

apiRoutes.get("/api/v1/statistiques", async (c) => {
  const ctx = serviceContext(c);
  // Days, both included, as in the exports: from=D&to=D is the whole of day D.
  const { from, to } = dayPeriod(c.req.query("from"), c.req.query("to"), ["from", "to"]);
  const stats = await getStatistics(ctx, { from, to });
  return c.json({
    from: iso(from === 0 ? null : from),
    // The last millisecond counted: the end of the `to` day.
    to: iso(to === Number.MAX_SAFE_INTEGER ? null : to - 1),
    submitted: stats.submitted,
    decided: stats.decided,
    accepted: stats.accepted,
    rejected: stats.rejected,
    tariff_act_requested: stats.tariffActRequested,
    acceptance_rate: stats.acceptanceRate,
    first_response_days: stats.firstResponseDays,
    decision_days: stats.decisionDays,
  });
});

// Remote reading (admin token): scans a Worker cannot read, for a Node reader to OCR.
apiRoutes.get("/api/v1/documents/a-lire", async (c) =>
  c.json({ documents: await listDocumentsAwaitingOcr(serviceContext(c)) }),
);

apiRoutes.get("/api/v1/documents/:id/contenu", async (c) => {
  const bytes = await documentBytesForReading(serviceContext(c), idParam(c, "id"));
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/octet-stream" });
});

// The role first, then the body: a tool without the right sees 403, not a JSON error.
apiRoutes.post("/api/v1/documents/:id/lecture", allow("read_remotely"), async (c) => {
  const body = await jsonBody(c);
  await storeRemoteReading(serviceContext(c), idParam(c, "id"), body);
  return c.json({ id: idParam(c, "id"), stored: true });
});

// Remote sending (admin token): e-mails a Worker cannot send, for a Node dispatcher with SMTP.
apiRoutes.post("/api/v1/courriels/reserver", allow("send_remotely"), smallJson, async (c) => {
  const emails = await claimEmailsForRemoteSending(serviceContext(c), await jsonBody(c, { emptyIsObject: true }));
  return c.json({ emails });
});

apiRoutes.post("/api/v1/courriels/:id/resultat", allow("send_remotely"), smallJson, async (c) => {
  const id = idParam(c, "id");
  const result = await storeRemoteSendingResult(serviceContext(c), id, await jsonBody(c));
  return c.json({
    id: result.id,
    status: result.status,
    attempts: result.attempts,
    next_attempt_at: result.status === "pending" ? iso(result.nextAttemptAt) : null,
  });
});

async function uploadsOf(body: Awaited<ReturnType<typeof formBody>>) {
  const files = fileFields(body, "documents");
  return Promise.all(files.map(async (file) => checkUpload(file.name, new Uint8Array(await file.arrayBuffer()))));
}

async function shortState(c: Context<AppEnv>, id: number) {
  const { request } = await getRequestDetail(serviceContext(c), id);
  return { id: request.id, state: request.state, version: request.version };
}
