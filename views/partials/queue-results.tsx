/**
 * The queue's results (tabs with counts, the table, the next-page link): the fragment htmx
 * swaps when a filter changes, and the middle of the full page. Rows carry data-row for the
 * keyboard triage (j/k/o).
 */

import { formatDate } from "../../src/domain/format";
import { useCaseLabel } from "../../src/domain/use-case-catalogue";
import type { RequestSummary } from "../../src/domain/request-listings";
import { DsfrTable } from "../components/dsfr-table";
import { StateBadge } from "../components/state-badge";

export interface QueueResultsProps {
  readonly tabs: readonly { key: string; label: string; count: number; href: string }[];
  readonly activeTab: string;
  readonly rows: readonly RequestSummary[];
  readonly rowHref: (id: number) => string;
  readonly instructorNames: ReadonlyMap<number, string>;
  readonly nextPageHref: string | null;
  readonly total: number;
  /** The counts are lower bounds (a search of a word found almost everywhere). */
  readonly countsAtLeast?: boolean;
  /** A search lists its matches by request number. */
  readonly byNumber?: boolean;
}

const countText = (count: number, atLeast: boolean | undefined) => (atLeast ? `au moins ${count}` : String(count));

export function QueueResults(props: QueueResultsProps) {
  const active = props.tabs.find((tab) => tab.key === props.activeTab);
  return (
    <div id="file">
      <nav class="fr-mb-3w" aria-label="Onglets de la file">
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {props.tabs.map((tab) => (
            <li>
              <a
                class={`fr-btn fr-btn--sm${tab.key === props.activeTab ? "" : " fr-btn--secondary"}`}
                href={tab.href}
                hx-get={tab.href}
                hx-target="#file"
                hx-push-url="true"
                aria-current={tab.key === props.activeTab ? "page" : undefined}
              >
                {tab.label} ({countText(tab.count, props.countsAtLeast)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="fr-sr-only" aria-live="polite">
        {countText(props.total, props.countsAtLeast)} demande{props.total > 1 ? "s" : ""} dans « {active?.label} » avec
        ces filtres.
      </p>
      {props.rows.length === 0 ? (
        <p>Aucune demande ne correspond.</p>
      ) : (
        <DsfrTable
          caption={`${active?.label ?? "Demandes"} — ${countText(props.total, props.countsAtLeast)}, ${props.byNumber ? "par numéro de demande" : "de la plus ancienne à la plus récente"}`}
        >
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Collectivité</th>
              <th scope="col">Dépt</th>
              <th scope="col">Cas d'usage</th>
              <th scope="col">État</th>
              <th scope="col">Soumise le</th>
              <th scope="col">Suivie par</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr data-row>
                <td>
                  <a href={props.rowHref(row.id)}>n° {row.id}</a>
                </td>
                <td>{row.organisationName}</td>
                <td>{row.departement}</td>
                <td>{useCaseLabel(row.useCase)}</td>
                <td>
                  <StateBadge state={row.state} />
                </td>
                <td>{row.submittedAt ? formatDate(row.submittedAt) : "—"}</td>
                <td>{row.assignedInstructorId ? (props.instructorNames.get(row.assignedInstructorId) ?? "—") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      {props.nextPageHref ? (
        <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={props.nextPageHref} rel="next">
          Demandes suivantes
        </a>
      ) : null}
    </div>
  );
}
