/** The instruction queue: tabs by state with counts, oldest submission first, keyset pages. */

import { formatDate } from "../../src/domain/format";
import { useCaseLabel } from "../../src/domain/use-case-catalogue";
import type { RequestSummary } from "../../src/storage/requests-store";
import { DsfrTable } from "../components/dsfr-table";
import { StateBadge } from "../components/state-badge";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

export interface QueueTab {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface InstructionQueuePageProps {
  readonly viewer: Viewer;
  readonly tabs: readonly QueueTab[];
  readonly activeTab: string;
  readonly rows: readonly RequestSummary[];
  readonly nextPageHref: string | null;
}

export function InstructionQueuePage({ viewer, tabs, activeTab, rows, nextPageHref }: InstructionQueuePageProps) {
  const active = tabs.find((tab) => tab.key === activeTab);
  return (
    <Page title="Instruction" viewer={viewer} currentPath="/instruction">
      <h1>Demandes à instruire</h1>
      <nav class="fr-mb-3w" aria-label="Onglets de la file">
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {tabs.map((tab) => (
            <li>
              <a
                class={`fr-btn fr-btn--sm${tab.key === activeTab ? "" : " fr-btn--secondary"}`}
                href={`/instruction?onglet=${tab.key}`}
                aria-current={tab.key === activeTab ? "page" : undefined}
              >
                {tab.label} ({tab.count})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>Aucune demande dans cet onglet.</p>
      ) : (
        <DsfrTable caption={`${active?.label ?? "Demandes"}, de la plus ancienne à la plus récente`}>
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Collectivité</th>
              <th scope="col">Dépt</th>
              <th scope="col">Cas d'usage</th>
              <th scope="col">État</th>
              <th scope="col">Soumise le</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td>
                  <a href={`/instruction/demandes/${row.id}`}>n° {row.id}</a>
                </td>
                <td>{row.organisationName}</td>
                <td>{row.departement}</td>
                <td>{useCaseLabel(row.useCase)}</td>
                <td>
                  <StateBadge state={row.state} />
                </td>
                <td>{row.submittedAt ? formatDate(row.submittedAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      {nextPageHref ? (
        <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={nextPageHref}>
          Demandes suivantes
        </a>
      ) : null}
    </Page>
  );
}
