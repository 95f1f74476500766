/**
 * One request under instruction: where it stands in the queue, the organisation, what it asks,
 * what Cadre read (verdicts and highlighted passages), the history, and the decision forms
 * prefilled from the suggestion.
 */

import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "../../src/domain/organisation";
import { isClosed } from "../../src/domain/request-state";
import type { RequestDetail } from "../../src/services/read-models";
import type { RequestReading } from "../../src/services/read-models";
import { Alert } from "../components/alert";
import { Breadcrumb } from "../components/breadcrumb";
import { DecisionDoneBanner, type DecisionDone } from "../components/decision-done";
import { History, Messages } from "../components/history";
import { KeyboardHelp } from "../components/keyboard-help";
import { RequestFacts } from "../components/request-facts";
import { StateBadge } from "../components/state-badge";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { DecisionForms, type DecisionFormState } from "../partials/decision-forms";
import { DocumentTexts } from "../partials/document-texts";
import { ReadingPanel } from "../partials/reading-panel";
import { ReopenForm } from "../partials/reopen-form";

export interface InstructionRequestPageProps {
  readonly viewer: Viewer;
  readonly detail: RequestDetail;
  readonly reading: RequestReading;
  readonly canDecide: boolean;
  /** Admins may reopen a decided request. */
  readonly canReopen: boolean;
  readonly actorId: number;
  readonly assignedName: string | null;
  readonly queueHref: string;
  readonly previousHref: string | null;
  readonly nextHref: string | null;
  /** The queue context (`?onglet=…`) that actions carry so the instructor returns where they were. */
  readonly actionSuffix: string;
  readonly form?: DecisionFormState;
  readonly error?: { title: string; message: string };
  /** The decision just recorded, on this request or the one before it in the queue. */
  readonly done?: DecisionDone | null;
  readonly templates?: readonly { id: number; name: string; decision: string }[];
  /**
   * The version the decision form carries when not the request's own: the one the instructor
   * saw before « Utiliser » reloaded the page, so that a change made meanwhile is a conflict.
   */
  readonly seenVersion?: number;
}

export function InstructionRequestPage(props: InstructionRequestPageProps) {
  const { detail, reading } = props;
  const { request, organisation } = detail;
  return (
    <Page title={`Demande n° ${request.id}`} viewer={props.viewer} currentPath={`/instruction/demandes/${request.id}`}>
      <Breadcrumb parent={{ href: props.queueHref, label: "Instruction" }} current={`Demande n° ${request.id}`} />
      <nav class="cadre-pager" aria-label="Demandes voisines dans la file" data-triage>
        {props.previousHref ? (
          <a
            class="fr-link fr-icon-arrow-left-line fr-link--icon-left"
            href={props.previousHref}
            rel="prev"
            data-key="k"
          >
            Demande précédente
          </a>
        ) : null}
        {props.nextHref ? (
          <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={props.nextHref} rel="next" data-key="j">
            Demande suivante
          </a>
        ) : null}
        <KeyboardHelp />
      </nav>
      <div class="cadre-title-row">
        <h1>Demande n° {request.id}</h1>
        <StateBadge state={request.state} />
      </div>
      {props.done ? <DecisionDoneBanner done={props.done} here={request.id} /> : null}
      {props.error ? <Alert kind="error" title={props.error.title} message={props.error.message} /> : null}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-lg-8">
          <section class="fr-mb-4w" aria-labelledby="organisation">
            <h2 id="organisation" class="fr-h4">
              {organisation.name}
            </h2>
            <p>
              {ORGANISATION_KIND_LABELS[organisation.kind as OrganisationKind] ?? organisation.kind} — SIRET{" "}
              {organisation.siret} — département {organisation.departement}
            </p>
          </section>
          <RequestFacts
            {...request}
            requestId={request.id}
            documents={detail.documents}
            events={detail.history}
            datapass={detail.datapass}
          />
          <ReadingPanel reading={reading} pollUrl={`/demandes/${request.id}/lecture`} forInstructor />
          <DocumentTexts reading={reading} />
          <Messages
            messages={detail.messages}
            postTo={props.canDecide ? `/instruction/demandes/${request.id}/messages${props.actionSuffix}` : undefined}
            error={props.form?.decision === "message" ? props.form.errors.message : undefined}
            value={props.form?.decision === "message" ? props.form.motivation : undefined}
          />
          <History entries={detail.history} />
        </div>
        {/* Decisions and assignment are boosted: htmx posts them and swaps the page in place. */}
        <div class="fr-col-12 fr-col-lg-4" hx-boost="true">
          <Assignment {...props} />
          {props.canDecide ? (
            <DecisionForms
              requestId={request.id}
              version={props.seenVersion ?? request.version}
              state={request.state}
              form={props.form}
              suggestion={reading.suggestion}
              actionSuffix={props.actionSuffix}
              templates={props.templates}
            />
          ) : props.canReopen && isClosed(request.state) ? (
            <ReopenForm
              requestId={request.id}
              version={request.version}
              actionSuffix={props.actionSuffix}
              error={props.form?.decision === "reopen" ? props.form.errors.motivation : undefined}
              reason={props.form?.decision === "reopen" ? props.form.motivation : undefined}
            />
          ) : (
            <p class="fr-text--sm">Lecture seule : votre rôle ne permet pas de décider.</p>
          )}
        </div>
      </div>
    </Page>
  );
}

function Assignment(props: InstructionRequestPageProps) {
  const { request } = props.detail;
  if (request.state === "draft" || isClosed(request.state)) return null;
  const mine = request.assignedInstructorId === props.actorId;
  return (
    <section class="fr-mb-4w" aria-labelledby="suivi" id="suivi-bloc">
      <h2 id="suivi" class="fr-h6">
        Suivi
      </h2>
      <p>
        {props.assignedName
          ? `Suivie par ${mine ? "vous" : props.assignedName}.`
          : "Personne ne suit encore cette demande."}
      </p>
      {props.canDecide && (mine || !props.assignedName) ? (
        <form
          method="post"
          action={`/instruction/demandes/${request.id}/${mine ? "liberer" : "prendre"}${props.actionSuffix}`}
        >
          <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
            {mine ? "Libérer" : "Prendre cette demande"}
          </button>
        </form>
      ) : null}
    </section>
  );
}
