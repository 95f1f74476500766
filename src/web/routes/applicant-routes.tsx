/** The collectivité's space: its requests, a new request, submitting, answering, downloading. */

import { Hono, type Context } from "hono";
import { DomainError, invalid } from "../../domain/errors";
import { checkUpload } from "../../documents/upload";
import { createDraftRequest } from "../../services/create-draft-request";
import { downloadDocument } from "../../services/download-document";
import { getRequestDetail } from "../../services/get-request-detail";
import { getRequestView } from "../../services/get-request-view";
import { getReadingPanel } from "../../services/get-reading-panel";
import { listOwnRequests } from "../../services/list-own-requests";
import { getOwnOrganisation } from "../../services/get-own-organisation";
import { submitFromForm } from "../../services/submit-from-form";
import { ReadingPanel } from "../../../views/partials/reading-panel";
import { provideTariffAct } from "../../services/provide-tariff-act";
import { updateDraft } from "../../services/update-draft";
import { nameOrganisation } from "../../services/name-organisation";
import type { NamingFormState } from "../../../views/partials/organisation-naming";
import { addDocuments } from "../../services/add-documents";
import { postMessage } from "../../services/post-message";
import { PointsToReview } from "../../../views/partials/draft-actions";
import { isDocumentKind } from "../../domain/document";
import { ApplicantRequestPage } from "../../../views/pages/applicant-request-page";
import { ApplicantRequestsPage } from "../../../views/pages/applicant-requests-page";
import { NewRequestPage } from "../../../views/pages/new-request-page";
import { chosenForm } from "../request-form-choice";
import type { AppEnv } from "../app-env";
import { rateLimit } from "../middleware/rate-limits";
import { allow } from "../middleware/allow";
import { fileFields, formBody, idParam, parseVersion, textField, textFields, type FormBody } from "../params";
import { redirectAfterPost, renderFragment, renderPage } from "../render";
import { scheduleReading } from "../schedule-reading";
import { scheduleActFetch } from "../schedule-act-fetch";
import { serviceContext } from "../service-context";
import { organisationNamingFields } from "../organisation-naming-fields";
import { STATUS_BY_CODE, TITLE_BY_CODE } from "../http-errors";

export const applicantRoutes = new Hono<AppEnv>();

// Downloads serve every role that may read the request (the service checks which); the rest is the applicant's.
applicantRoutes.get("/demandes/:id/documents/:documentId", async (c) => {
  const { document, bytes } = await downloadDocument(serviceContext(c), {
    requestId: idParam(c, "id"),
    documentId: idParam(c, "documentId"),
  });
  c.header("Content-Type", document.mediaType);
  c.header("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(document.name)}`);
  c.header("Cache-Control", "private, no-store");
  return c.body(bytes as Uint8Array<ArrayBuffer>);
});

// Requests that carry documents count against the user's upload limit (README « Sécurité »).
const uploads = rateLimit("uploads");

// The reading panel refreshes itself while documents are read: whoever may read the request.
applicantRoutes.get("/demandes/:id/lecture", async (c) => {
  const id = idParam(c, "id");
  const { reading, draftPoints, forInstructor } = await getReadingPanel(serviceContext(c), id);
  return renderFragment(
    c,
    <>
      <ReadingPanel reading={reading} pollUrl={`/demandes/${id}/lecture`} forInstructor={forInstructor} />
      {draftPoints ? <PointsToReview points={draftPoints} errors={{}} swapOob /> : null}
    </>,
  );
});

applicantRoutes.get("/demandes", allow("file_requests"), async (c) => requestsPage(c));

/** "Mes demandes"; with the naming form first while nobody has named the organisation. */
async function requestsPage(c: Context<AppEnv>, naming?: NamingFormState, status: 200 | 409 | 422 = 200) {
  const { requests, delays, toName } = await listOwnRequests(serviceContext(c));
  return renderPage(
    c,
    <ApplicantRequestsPage
      viewer={c.var.viewer!}
      requests={requests}
      delays={delays}
      naming={toName ? { ...toName, state: naming } : null}
    />,
    status,
  );
}

// Posted to the page itself: a refused form is re-rendered at the page's own address.
applicantRoutes.post("/demandes", allow("name_own_organisation"), async (c) => {
  const body = await formBody(c);
  const values = organisationNamingFields(body);
  try {
    await nameOrganisation(serviceContext(c), { organisationId: c.var.actor!.organisationId ?? -1, ...values });
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    return requestsPage(c, { values, errors: error.fields }, STATUS_BY_CODE[error.code] as 409 | 422);
  }
  return redirectAfterPost(c, "/demandes");
});

applicantRoutes.get("/demandes/nouvelle", allow("file_requests"), async (c) => {
  const chosen = chosenForm(c);
  return renderPage(
    c,
    <NewRequestPage
      viewer={c.var.viewer!}
      values={chosen?.values ?? {}}
      errors={chosen?.errors ?? {}}
      organisation={await ownOrganisation(c)}
    />,
  );
});

applicantRoutes.get("/demandes/:id/modifier", allow("edit_draft"), async (c) => {
  const { request } = await getRequestDetail(serviceContext(c), idParam(c, "id"));
  if (request.state !== "draft") return c.redirect(`/demandes/${request.id}`, 303);
  const chosen = chosenForm(c);
  const values = chosen?.values ?? {
    useCase: request.useCase,
    scopes: request.scopes,
    legalFrameworkText: request.legalFrameworkText,
    legalFrameworkUrl: request.legalFrameworkUrl ?? "",
  };
  return renderPage(
    c,
    <NewRequestPage
      viewer={c.var.viewer!}
      values={values}
      errors={chosen?.errors ?? {}}
      editing={{ requestId: request.id, version: request.version }}
      organisation={await ownOrganisation(c)}
    />,
  );
});

applicantRoutes.post("/demandes/:id/modifier", allow("edit_draft"), async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  const values = requestFormValues(body);
  // Access first: another organisation's draft does not exist for this agent, whatever the form says.
  await getRequestDetail(serviceContext(c), requestId);
  const version = parseVersion(body.version);
  try {
    await updateDraft(serviceContext(c), { ...values, requestId, version });
    scheduleActFetch(c, requestId);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    // After a conflict the form carries the draft's current version: what was typed can be sent again.
    const current = error.code === "CONFLICT" ? (await getRequestDetail(serviceContext(c), requestId)).request : null;
    return renderPage(
      c,
      <NewRequestPage
        viewer={c.var.viewer!}
        values={values}
        errors={error.fields}
        message={error.message}
        editing={{ requestId, version: current?.version ?? version }}
        organisation={await ownOrganisation(c)}
      />,
      STATUS_BY_CODE[error.code],
    );
  }
  return redirectAfterPost(c, `/demandes/${requestId}`);
});

/** The request fields as the form sends them (the field names are the API's too). */
function requestFormValues(body: FormBody) {
  return {
    useCase: textField(body, "use_case"),
    scopes: textFields(body, "scopes"),
    legalFrameworkText: textField(body, "cadre_juridique_nature"),
    legalFrameworkUrl: textField(body, "cadre_juridique_url"),
  };
}

const ownOrganisation = (c: Context<AppEnv>) => getOwnOrganisation(serviceContext(c));

applicantRoutes.post("/demandes/nouvelle", allow("create_request"), uploads, async (c) => {
  const body = await formBody(c);
  const values = requestFormValues(body);
  try {
    const uploads = await Promise.all(
      fileFields(body, "documents").map(async (file) => ({
        upload: await checkUpload(file.name, new Uint8Array(await file.arrayBuffer())),
        kind: "deliberation" as const,
      })),
    );
    const id = await createDraftRequest(serviceContext(c), { ...values, documents: uploads });
    await scheduleReading(c, id);
    scheduleActFetch(c, id);
    return redirectAfterPost(c, `/demandes/${id}`);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== "VALIDATION") throw error;
    return renderPage(
      c,
      <NewRequestPage viewer={c.var.viewer!} values={values} errors={error.fields} message={error.message} />,
      422,
    );
  }
});

applicantRoutes.get("/demandes/:id", allow("file_requests"), async (c) => {
  const ctx = serviceContext(c);
  const { detail, reading } = await getRequestView(ctx, idParam(c, "id"));
  return renderPage(c, <ApplicantRequestPage viewer={c.var.viewer!} detail={detail} reading={reading} />);
});

applicantRoutes.post("/demandes/:id/soumettre", allow("submit"), async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  return withRequestPageErrors(c, requestId, async () => {
    await submitFromForm(serviceContext(c), {
      requestId,
      version: parseVersion(body.version),
      confirmed: textField(body, "confirmation") === "1",
    });
    scheduleActFetch(c, requestId);
  });
});

applicantRoutes.post("/demandes/:id/documents", allow("add_documents"), uploads, async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  return withRequestPageErrors(c, requestId, async () => {
    const kind = textField(body, "kind");
    if (!isDocumentKind(kind))
      throw invalid("Choisissez le type de document.", { documents: "Type de document inconnu." });
    const uploads = await Promise.all(
      fileFields(body, "documents").map(async (file) =>
        checkUpload(file.name, new Uint8Array(await file.arrayBuffer())),
      ),
    );
    await addDocuments(serviceContext(c), { requestId, kind, uploads });
    await scheduleReading(c, requestId);
  });
});

applicantRoutes.post("/demandes/:id/messages", allow("file_requests"), async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  return withRequestPageErrors(c, requestId, () =>
    postMessage(serviceContext(c), { requestId, body: textField(body, "message") }),
  );
});

applicantRoutes.post("/demandes/:id/acte-tarifaire", allow("provide_tariff_act"), uploads, async (c) => {
  const requestId = idParam(c, "id");
  const body = await formBody(c);
  return withRequestPageErrors(c, requestId, async () => {
    const [file] = fileFields(body, "documents");
    const upload = file ? await checkUpload(file.name, new Uint8Array(await file.arrayBuffer())) : null;
    await provideTariffAct(serviceContext(c), {
      requestId,
      version: parseVersion(body.version),
      upload,
      comment: textField(body, "commentaire"),
    });
    await scheduleReading(c, requestId);
  });
});

/** Runs an action; a refused one shows the request page again with the reason beside the form. */
async function withRequestPageErrors(c: Context<AppEnv>, requestId: number, action: () => Promise<void>) {
  try {
    await action();
    return redirectAfterPost(c, `/demandes/${requestId}`);
  } catch (error) {
    if (!(error instanceof DomainError) || (error.code !== "VALIDATION" && error.code !== "CONFLICT")) throw error;
    const { detail, reading } = await getRequestView(serviceContext(c), requestId);
    const body = await formBody(c);
    return renderPage(
      c,
      <ApplicantRequestPage
        viewer={c.var.viewer!}
        detail={detail}
        reading={reading}
        typed={{ message: textField(body, "message"), commentaire: textField(body, "commentaire") }}
        errors={error.fields}
        error={{ title: TITLE_BY_CODE[error.code], message: error.message }}
      />,
      STATUS_BY_CODE[error.code],
    );
  }
}
