/**
 * Public statistics: volumes, delays (half and eight in ten decided within…), acceptance rate,
 * the same charts as the admins' dashboard with their tables, and open data.
 */

import { formatDate } from "../../src/domain/format";
import type { PublicCharts } from "../../src/services/read-models";
import { formatDays } from "../../src/domain/format";
import type { DecisionStatistics } from "../../src/domain/statistics";
import { DecisionCharts } from "../components/charts/decision-charts";
import { DsfrTable } from "../components/dsfr-table";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

export function PublicStatisticsPage({
  viewer,
  stats,
  charts,
}: {
  viewer: Viewer | null;
  stats: DecisionStatistics & { readonly from: number; readonly to: number };
  charts: PublicCharts;
}) {
  const rate = stats.acceptanceRate === null ? "—" : `${Math.round(stats.acceptanceRate * 100)} %`;
  return (
    <Page title="Statistiques" viewer={viewer} currentPath="/statistiques">
      <link rel="stylesheet" href="/static/charts.css" />
      <h1>Statistiques d'instruction</h1>
      <p class="fr-text--lead">
        Du {formatDate(stats.from)} au {formatDate(stats.to)} : les six derniers mois de demandes d'accès à API
        Particulier instruites dans Cadre.
      </p>
      <DsfrTable caption="Volumes et délais des six derniers mois">
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Valeur</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Demandes soumises</td>
            <td>{stats.submitted}</td>
          </tr>
          <tr>
            <td>Demandes décidées (validées ou refusées)</td>
            <td>{stats.decided}</td>
          </tr>
          <tr>
            <td>Taux de validation</td>
            <td>{rate}</td>
          </tr>
          <tr>
            <td>Actes tarifaires demandés</td>
            <td>{stats.tariffActRequested}</td>
          </tr>
          <tr>
            <td>Demandes closes sans réponse à la demande d'acte tarifaire</td>
            <td>{stats.closedWithoutAnswer}</td>
          </tr>
          <tr>
            <td>Délai de première réponse, médiane (p50)</td>
            <td>{formatDays(stats.firstResponseDays.p50)}</td>
          </tr>
          <tr>
            <td>Délai de décision, médiane (p50) — la moitié des demandes décidées en moins de</td>
            <td>{formatDays(stats.decisionDays.p50)}</td>
          </tr>
          <tr>
            <td>Délai de décision, 8 demandes sur 10 (p80)</td>
            <td>{formatDays(stats.decisionDays.p80)}</td>
          </tr>
        </tbody>
      </DsfrTable>
      <h2 class="fr-h4 fr-mt-4w">Semaine par semaine</h2>
      <DecisionCharts buckets={charts.buckets} granularity={charts.granularity} id="public" />
      <h2 class="fr-h4">Données ouvertes</h2>
      <p class="fr-mb-1w">
        <a class="fr-link fr-link--download" href="/statistiques/demandes-validees.csv" download>
          Demandes validées (CSV)
        </a>
      </p>
      {/* Beside the link, not in its detail line, which DSFR keeps on one line wider than a phone. */}
      <p class="fr-text--sm">Colonnes : organisation, SIRET, cas d'usage, données, cadre juridique, date.</p>
    </Page>
  );
}
