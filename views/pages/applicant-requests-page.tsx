/** An organisation's requests, most recently changed first, with what each expects from them. */

import { formatDate } from "../../src/domain/format";
import { formatDays } from "../../src/domain/format";
import type { RequestSummary } from "../../src/domain/request-listings";
import { useCaseLabel } from "../../src/domain/use-case-catalogue";
import { NEXT_STEP_FOR_APPLICANT } from "../components/next-step";
import { DsfrTable } from "../components/dsfr-table";
import { StateBadge } from "../components/state-badge";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";
import { OrganisationNamingForm, type NamingFormState } from "../partials/organisation-naming";

export function ApplicantRequestsPage({
  viewer,
  requests,
  delays,
  naming = null,
}: {
  viewer: Viewer;
  requests: readonly RequestSummary[];
  delays: { p50: number | null; p80: number | null };
  /** While nobody has named the organisation: the form to name it, first on the page. */
  naming?: { siret: string; knownName: string; state?: NamingFormState } | null;
}) {
  return (
    <Page title="Mes demandes" viewer={viewer} currentPath="/demandes">
      <div class="cadre-title-row">
        <div>
          <h1>Mes demandes</h1>
          <p class="fr-text--lead fr-mb-0">{viewer.organisationName}</p>
        </div>
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/demandes/nouvelle">
          Nouvelle demande
        </a>
      </div>
      {naming ? (
        <section class="fr-callout fr-mb-4w" aria-labelledby="nommer">
          <h2 id="nommer" class="fr-callout__title">
            Quel est le nom de votre organisation ?
          </h2>
          <p class="fr-callout__text fr-mb-2w">
            Votre organisation a été créée à votre première connexion, à partir de son numéro SIRET. Donnez son nom, son
            type et son département : les instructeurs les verront sur chacune de vos demandes.
          </p>
          <OrganisationNamingForm
            action="/demandes"
            idPrefix="organisation"
            siret={naming.siret}
            knownName={naming.knownName}
            state={naming.state}
            submitLabel="Enregistrer le nom"
          />
        </section>
      ) : null}
      <p class="fr-text--sm">
        Délai habituel d'instruction (six derniers mois) : la moitié des demandes sont décidées en{" "}
        {formatDays(delays.p50)}, huit sur dix en {formatDays(delays.p80)}.{" "}
        <a href="/statistiques">Voir les statistiques</a>
      </p>
      {requests.length === 0 ? (
        <p>Votre organisation n'a encore déposé aucune demande.</p>
      ) : (
        <DsfrTable caption="Demandes de l'organisation" hideCaption>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Cas d'usage</th>
              <th scope="col">État</th>
              <th scope="col">Prochaine étape</th>
              <th scope="col">Mise à jour</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr>
                <td>
                  <a href={`/demandes/${request.id}`}>Demande n° {request.id}</a>
                </td>
                <td>{useCaseLabel(request.useCase)}</td>
                <td>
                  <StateBadge state={request.state} />
                </td>
                <td>{NEXT_STEP_FOR_APPLICANT[request.state]}</td>
                <td>{formatDate(request.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
    </Page>
  );
}
