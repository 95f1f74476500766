/** The admins' dashboard: a period and filters, the headline figures, and four charts with their tables. */

import type { Dashboard } from "../../src/domain/statistics-dashboard";
import { scopeGroups } from "../../src/domain/scope-catalogue";
import { USE_CASES } from "../../src/domain/use-case-catalogue";
import { formatDays } from "../../src/domain/format";
import { HorizontalBarChart } from "../components/charts/bar-chart";
import { DecisionCharts } from "../components/charts/decision-charts";
import { seriesOf } from "../components/charts/series-styles";
import { DsfrTable } from "../components/dsfr-table";
import { FilterSelect } from "../components/form-fields";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

interface DashboardForm {
  readonly du: string;
  readonly au: string;
  readonly cas: string;
  readonly donnee: string;
  readonly instructeur: string;
}

export interface DashboardPageProps {
  readonly viewer: Viewer;
  readonly form: DashboardForm;
  readonly dashboard: Dashboard;
  readonly instructors: readonly { id: number; name: string }[];
}

const percent = (ratio: number | null) => (ratio === null ? "—" : `${Math.round(ratio * 100)} %`);

export function DashboardPage({ viewer, form, dashboard, instructors }: DashboardPageProps) {
  const { summary, buckets, roundTrips } = dashboard;
  return (
    <Page title="Statistiques de décision" viewer={viewer} currentPath="/admin/statistiques">
      <link rel="stylesheet" href="/static/charts.css" />
      <h1>Statistiques de décision</h1>
      <form method="get" action="/admin/statistiques" class="fr-mb-4w">
        <div class="cadre-filters__grid">
          <Field id="s-du" name="du" label="Du" type="date" value={form.du} />
          <Field id="s-au" name="au" label="Au" type="date" value={form.au} />
          <FilterSelect
            id="s-cas"
            name="cas"
            label="Cas d'usage"
            value={form.cas}
            options={USE_CASES.map((u) => ({ value: u.key, label: u.label }))}
          />
          <FilterSelect
            id="s-donnee"
            name="donnee"
            label="Donnée"
            value={form.donnee}
            options={scopeGroups().flatMap(({ scopes }) =>
              scopes.map((scope) => ({ value: scope.key, label: scope.label })),
            )}
          />
          <FilterSelect
            id="s-instructeur"
            name="instructeur"
            label="Instructeur"
            value={form.instructeur}
            options={instructors.map((user) => ({ value: String(user.id), label: user.name }))}
          />
        </div>
        <button type="submit" class="fr-btn fr-btn--sm">
          Afficher
        </button>
      </form>
      <DsfrTable caption="Sur la période">
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col">Valeur</th>
          </tr>
        </thead>
        <tbody>
          <Line label="Demandes soumises" value={summary.submitted} />
          <Line label="Décidées (validées + refusées)" value={summary.decided} />
          <Line label="Validées" value={summary.accepted} />
          <Line label="Refusées" value={summary.rejected} />
          <Line label="Actes tarifaires demandés" value={summary.tariffActRequested} />
          <Line label="Closes sans réponse (automatiquement, hors refus)" value={summary.closedWithoutAnswer} />
          <Line label="Taux de validation" value={percent(summary.acceptanceRate)} />
          <Line
            label="Première réponse, p50 / p80"
            value={`${formatDays(summary.firstResponseDays.p50)} / ${formatDays(summary.firstResponseDays.p80)}`}
          />
          <Line
            label="Décision, p50 / p80"
            value={`${formatDays(summary.decisionDays.p50)} / ${formatDays(summary.decisionDays.p80)}`}
          />
          <Line
            label="Allers-retours (acte tarifaire demandé avant la décision)"
            value={`${percent(roundTrips.ratio)} (${roundTrips.withTariffActRequest} sur ${roundTrips.decided})`}
          />
        </tbody>
      </DsfrTable>
      <DecisionCharts buckets={buckets} granularity={dashboard.granularity} id="tableau" />
      <HorizontalBarChart
        id="instructeurs"
        title="Décisions par instructeur"
        categories={dashboard.instructors.map((row) => row.name)}
        categoryLabel="Instructeur"
        valueLabel="Décisions"
        series={[
          seriesOf(
            "accepted",
            dashboard.instructors.map((row) => row.accepted),
          ),
          seriesOf(
            "rejected",
            dashboard.instructors.map((row) => row.rejected),
          ),
          seriesOf(
            "tariffActRequested",
            dashboard.instructors.map((row) => row.tariffActRequested),
          ),
        ]}
      />
      <HorizontalBarChart
        id="regles"
        title="Règles le plus souvent en échec ou à vérifier"
        categories={dashboard.failingRules.map((rule) => rule.title)}
        categoryLabel="Règle"
        valueLabel="Demandes concernées"
        series={[
          seriesOf(
            "count",
            dashboard.failingRules.map((rule) => rule.requests),
            "En échec",
          ),
          seriesOf(
            "waiting",
            dashboard.failingRules.map((rule) => rule.toCheck),
            "À vérifier",
          ),
        ]}
      />
    </Page>
  );
}

function Line({ label, value }: { label: string; value: string | number }) {
  return (
    <tr>
      <td>{label}</td>
      <td>{value}</td>
    </tr>
  );
}

function Field(props: { id: string; name: string; label: string; type: string; value: string }) {
  return (
    <div class="fr-input-group">
      <label class="fr-label" for={props.id}>
        {props.label}
      </label>
      <input class="fr-input" type={props.type} id={props.id} name={props.name} value={props.value} />
    </div>
  );
}
