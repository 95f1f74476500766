/**
 * The queue's results (tabs with counts, the table with each row's reading, the pager): the
 * fragment htmx swaps when a filter changes, and the middle of the full page. Rows carry
 * data-row for the keyboard triage (j/k/o).
 */

import { formatDate } from "../../src/domain/format";
import { useCaseLabel } from "../../src/domain/use-case-catalogue";
import type { RowReading } from "../../src/domain/queue-order";
import type { RequestSummary } from "../../src/domain/request-listings";
import { DECISION_LABELS } from "../components/reading-labels";
import { DsfrTable } from "../components/dsfr-table";
import { StateBadge } from "../components/state-badge";

export interface QueueResultsProps {
  readonly tabs: readonly { key: string; label: string; count: number; href: string }[];
  readonly activeTab: string;
  readonly rows: readonly RequestSummary[];
  readonly rowHref: (id: number) => string;
  readonly instructorNames: ReadonlyMap<number, string>;
  readonly readings: ReadonlyMap<number, RowReading>;
  readonly sortLabel: string;
  readonly pager: QueuePager;
  readonly total: number;
  /** The counts are lower bounds (a search of a word found almost everywhere). */
  readonly countsAtLeast?: boolean;
  /** A search lists its matches by request number. */
  readonly byNumber?: boolean;
}

interface QueuePager {
  readonly number: number;
  readonly count: number;
  /** The number of pages is a lower bound (a search's counts). */
  readonly countAtLeast?: boolean;
  readonly firstHref: string | null;
  readonly previousHref: string | null;
  readonly nextHref: string | null;
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
          caption={`${active?.label ?? "Demandes"} — ${countText(props.total, props.countsAtLeast)} demande${props.total > 1 ? "s" : ""}, par ordre : ${props.byNumber ? "numéro de demande (recherche)" : props.sortLabel.toLowerCase()}`}
        >
          <thead>
            <tr>
              <th scope="col">N°</th>
              <th scope="col">Collectivité</th>
              <th scope="col">Dépt</th>
              <th scope="col">Cas d'usage</th>
              <th scope="col">État</th>
              <th scope="col">Lecture</th>
              <th scope="col">Soumise le</th>
              <th scope="col">Modifiée le</th>
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
                <td>
                  <RowReadingCell reading={props.readings.get(row.id)} />
                </td>
                <td>{row.submittedAt ? formatDate(row.submittedAt) : "—"}</td>
                <td>{formatDate(row.updatedAt)}</td>
                <td>{row.assignedInstructorId ? (props.instructorNames.get(row.assignedInstructorId) ?? "—") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      )}
      <Pager {...props.pager} />
    </div>
  );
}

const OUTCOME_BADGES = {
  unjustified: {
    badge: "fr-badge--error",
    label: (n: number) => `${n} donnée${n > 1 ? "s" : ""} non justifiée${n > 1 ? "s" : ""}`,
  },
  to_check: { badge: "fr-badge--warning", label: (n: number) => `${n} donnée${n > 1 ? "s" : ""} à vérifier` },
  justified: { badge: "fr-badge--success", label: () => "Données justifiées" },
  unread: { badge: "fr-badge--info", label: () => "Pas encore lue" },
} as const;

/** The worst verdict on the request's data, what else is to check, and the suggested decision. */
function RowReadingCell({ reading }: { reading: RowReading | undefined }) {
  if (!reading) return <>—</>;
  const shown = OUTCOME_BADGES[reading.outcome];
  const count = reading.outcome === "unjustified" ? reading.unjustified : reading.toCheck;
  return (
    <>
      <p class={`fr-badge fr-badge--sm fr-badge--no-icon ${shown.badge} fr-mb-1v`}>{shown.label(count)}</p>
      {reading.outcome === "unjustified" && reading.toCheck > 0 ? (
        <p class="fr-text--xs fr-mb-0">et {reading.toCheck} à vérifier</p>
      ) : null}
      {reading.suggestion && DECISION_LABELS[reading.suggestion] ? (
        <p class="fr-text--xs fr-mb-0">Suggestion : {DECISION_LABELS[reading.suggestion]!.toLowerCase()}</p>
      ) : null}
    </>
  );
}

/** DSFR pagination over keyset pages: first, previous, "page N sur M", next. */
function Pager(props: QueuePager) {
  if (props.count <= 1 && !props.nextHref) return null;
  const link = (href: string | null, modifier: string, label: string, key?: string) =>
    href ? (
      <a
        class={`fr-pagination__link ${modifier} fr-pagination__link--lg-label`}
        href={href}
        data-key={key}
        rel={modifier.endsWith("prev") ? "prev" : modifier.endsWith("next") ? "next" : undefined}
      >
        {label}
      </a>
    ) : (
      <a class={`fr-pagination__link ${modifier} fr-pagination__link--lg-label`} aria-disabled="true" role="link">
        {label}
      </a>
    );
  return (
    <nav class="fr-pagination fr-mt-3w" aria-label="Pages de la file">
      <ul class="fr-pagination__list">
        <li>{link(props.firstHref, "fr-pagination__link--first", "Première page")}</li>
        <li>{link(props.previousHref, "fr-pagination__link--prev", "Page précédente", "k")}</li>
        <li>
          <a
            class="fr-pagination__link"
            aria-current="page"
            title={`Page ${props.number} sur ${countText(props.count, props.countAtLeast)}`}
          >
            Page {props.number} sur {countText(props.count, props.countAtLeast)}
          </a>
        </li>
        <li>{link(props.nextHref, "fr-pagination__link--next", "Page suivante", "j")}</li>
      </ul>
    </nav>
  );
}
