/** One request, as its organisation sees it: where it stands and what to do now. */

import type { RequestDetail } from "../../src/services/read-models";
import type { RequestReading } from "../../src/services/read-models";
import { ReadingPanel } from "../partials/reading-panel";
import { DraftActions } from "../partials/draft-actions";
import { openPoints } from "../../src/domain/open-points";
import { Alert } from "../components/alert";
import { Breadcrumb } from "../components/breadcrumb";
import { DecisionEmailStatus } from "../components/decision-email-state";
import { FieldError, TextArea } from "../components/form-fields";
import { History, Messages } from "../components/history";
import { NEXT_STEP_FOR_APPLICANT } from "../components/next-step";
import { RequestFacts } from "../components/request-facts";
import { StateBadge } from "../components/state-badge";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

export interface ApplicantRequestPageProps {
  readonly viewer: Viewer;
  readonly detail: RequestDetail;
  readonly reading: RequestReading;
  readonly errors?: Readonly<Record<string, string>>;
  readonly error?: { title: string; message: string };
  /** What the agent typed in a refused form, given back in its box. */
  readonly typed?: { readonly message?: string; readonly commentaire?: string };
}

export function ApplicantRequestPage({
  viewer,
  detail,
  reading,
  errors = {},
  error,
  typed = {},
}: ApplicantRequestPageProps) {
  const { request, lastDecision } = detail;
  const points = openPoints(reading);
  return (
    <Page title={`Demande n° ${request.id}`} viewer={viewer} currentPath={`/demandes/${request.id}`}>
      <Breadcrumb parent={{ href: "/demandes", label: "Mes demandes" }} current={`Demande n° ${request.id}`} />
      <div class="cadre-title-row">
        <h1>Demande n° {request.id}</h1>
        <StateBadge state={request.state} />
      </div>
      {error ? <Alert kind="error" title={error.title} message={error.message} /> : null}
      <p class="fr-text--lead">{NEXT_STEP_FOR_APPLICANT[request.state]}</p>
      <DecisionEmailStatus state={detail.decisionEmails} />

      {request.state === "tariff_act_requested" && lastDecision ? (
        <section class="fr-callout fr-mb-4w" aria-labelledby="acte-demande">
          <h2 id="acte-demande" class="fr-callout__title">
            L'instructeur demande l'acte tarifaire
          </h2>
          <blockquote class="cadre-motivation">{lastDecision.motivation}</blockquote>
          <form method="post" action={`/demandes/${request.id}/acte-tarifaire`} enctype="multipart/form-data">
            <input type="hidden" name="version" value={String(request.version)} />
            <div class={`fr-upload-group${errors.documents ? " fr-upload-group--error" : ""}`}>
              <label class="fr-label" for="acte">
                Acte tarifaire
                <span class="fr-hint-text">PDF, DOCX ou ODT, 10 Mo au plus.</span>
              </label>
              <input class="fr-upload" type="file" id="acte" name="documents" accept=".pdf,.docx,.odt" />
              <FieldError id="acte" message={errors.documents} />
            </div>
            <TextArea
              id="commentaire"
              name="commentaire"
              label="Un mot pour l'instructeur (facultatif)"
              rows={3}
              value={typed.commentaire}
            />
            <button type="submit" class="fr-btn fr-mt-2w">
              Envoyer l'acte et renvoyer la demande
            </button>
          </form>
        </section>
      ) : null}

      {request.state === "rejected" && lastDecision ? (
        <Alert kind="warning" title="Motif du refus" message={lastDecision.motivation} />
      ) : null}

      {request.state === "draft" ? (
        <DraftActions requestId={request.id} version={request.version} points={points} errors={errors} />
      ) : null}

      <RequestFacts
        {...request}
        requestId={request.id}
        documents={detail.documents}
        events={detail.history}
        datapass={detail.datapass}
      />
      <ReadingPanel reading={reading} pollUrl={`/demandes/${request.id}/lecture`} forInstructor={false} />
      <Messages
        messages={detail.messages}
        postTo={request.state === "draft" ? undefined : `/demandes/${request.id}/messages`}
        error={errors.message}
        value={typed.message}
      />
      <History entries={detail.history} />
    </Page>
  );
}
