/** One request under instruction: the organisation, what it asks, its history, and the decision forms. */

import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "../../src/domain/organisation";
import type { RequestDetail } from "../../src/services/get-request-detail";
import { Alert } from "../components/alert";
import { Breadcrumb } from "../components/breadcrumb";
import { History, Messages } from "../components/history";
import { RequestFacts } from "../components/request-facts";
import { StateBadge } from "../components/state-badge";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { DecisionForms, type DecisionFormState } from "../partials/decision-forms";

export interface InstructionRequestPageProps {
  readonly viewer: Viewer;
  readonly detail: RequestDetail;
  readonly canDecide: boolean;
  readonly form?: DecisionFormState;
  readonly error?: { title: string; message: string };
}

export function InstructionRequestPage({ viewer, detail, canDecide, form, error }: InstructionRequestPageProps) {
  const { request, organisation } = detail;
  return (
    <Page title={`Demande n° ${request.id}`} viewer={viewer} currentPath={`/instruction/demandes/${request.id}`}>
      <Breadcrumb parent={{ href: "/instruction", label: "Instruction" }} current={`Demande n° ${request.id}`} />
      <div class="cadre-title-row">
        <h1>Demande n° {request.id}</h1>
        <StateBadge state={request.state} />
      </div>
      {error ? <Alert kind="error" title={error.title} message={error.message} /> : null}
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
          <RequestFacts {...request} requestId={request.id} documents={detail.documents} />
          <Messages messages={detail.messages} />
          <History entries={detail.history} />
        </div>
        <div class="fr-col-12 fr-col-lg-4">
          {canDecide ? (
            <DecisionForms requestId={request.id} version={request.version} state={request.state} form={form} />
          ) : (
            <p class="fr-text--sm">Aucune décision possible de votre part sur cette demande.</p>
          )}
        </div>
      </div>
    </Page>
  );
}
