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

export function ApplicantRequestsPage({
  viewer,
  requests,
  delays,
}: {
  viewer: Viewer;
  requests: readonly RequestSummary[];
  delays: { p50: number | null; p80: number | null };
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
