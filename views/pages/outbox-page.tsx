/**
 * Envois, for admins: every e-mail and webhook delivery Cadre wrote, with its state, attempts,
 * last error and next attempt, and a retry for those that failed for good.
 */

import { formatDateTime } from "../../src/domain/format";
import type { OutboxListing, OutboxStatus } from "../../src/domain/outbox-status";
import { Alert } from "../components/alert";
import { DsfrTable } from "../components/dsfr-table";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: "En attente",
  failed: "Échec",
  sent: "Envoyé",
};

const BADGES: Record<string, string> = {
  pending: "fr-badge--info",
  failed: "fr-badge--error",
  sent: "fr-badge--success",
};

const TOPIC_LABELS: Record<string, string> = {
  decision: "Décision",
  transition: "Changement d'état",
  reminder: "Relance",
  message: "Message",
};

export const OUTBOX_PAGE_SIZE = 50;

export function OutboxPage(props: {
  viewer: Viewer;
  items: readonly OutboxListing[];
  total: number;
  page: number;
  status: OutboxStatus | "";
  notice?: { kind: "success" | "error"; text: string };
}) {
  const pages = Math.max(1, Math.ceil(props.total / OUTBOX_PAGE_SIZE));
  const link = (page: number) => {
    const query = new URLSearchParams();
    if (props.status) query.set("etat", props.status);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return `/admin/envois${text ? `?${text}` : ""}`;
  };
  return (
    <Page title="Envois" viewer={props.viewer} currentPath="/admin/envois">
      <h1>Envois</h1>
      <p>
        Les e-mails et les appels de webhooks partent de la file d'envoi. Un envoi qui échoue est réessayé après 1 min,
        5 min, 30 min, 2 h puis 12 h ; après la dernière tentative, il est en échec et peut être relancé ici.
      </p>
      {props.notice ? <Alert kind={props.notice.kind} title={props.notice.text} /> : null}
      <form method="get" action="/admin/envois" class="fr-mb-3w cadre-inline-form">
        <div class="fr-select-group">
          <label class="fr-label" for="envois-etat">
            État
          </label>
          <select class="fr-select" id="envois-etat" name="etat">
            <option value="" selected={props.status === ""}>
              Tous
            </option>
            {(Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[]).map((status) => (
              <option value={status} selected={props.status === status}>
                {OUTBOX_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary">
          Filtrer
        </button>
      </form>
      <p>
        {props.total} envoi{props.total > 1 ? "s" : ""} — page {props.page} sur {pages}
      </p>
      {props.items.length > 0 ? (
        <DsfrTable caption="Envois, du plus récent au plus ancien">
          <thead>
            <tr>
              <th scope="col">Envoi</th>
              <th scope="col">Destinataire</th>
              <th scope="col">État</th>
              <th scope="col">Tentatives</th>
              <th scope="col">Dernière erreur</th>
              <th scope="col">Prochaine tentative</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => (
              <tr>
                <td>
                  {item.kind === "email" ? "E-mail" : "Webhook"}
                  {item.topic ? ` — ${TOPIC_LABELS[item.topic] ?? item.topic}` : ""}
                  {item.requestId !== null ? (
                    <>
                      <br />
                      <a href={`/instruction/demandes/${item.requestId}`}>Demande n° {item.requestId}</a>
                    </>
                  ) : null}
                  <br />
                  <span class="fr-text--xs">Écrit le {formatDateTime(item.createdAt)}</span>
                </td>
                <td class="cadre-break">{item.recipient}</td>
                <td>
                  <p class={`fr-badge fr-badge--sm fr-badge--no-icon ${BADGES[item.status] ?? ""}`}>
                    {OUTBOX_STATUS_LABELS[item.status as OutboxStatus] ?? item.status}
                  </p>
                  {item.sentAt !== null ? <span class="fr-text--xs"> le {formatDateTime(item.sentAt)}</span> : null}
                </td>
                <td>{item.attempts}</td>
                <td class="cadre-break">{item.lastError ?? "—"}</td>
                <td>{item.status === "pending" ? formatDateTime(item.nextAttemptAt) : "—"}</td>
                <td>
                  {item.status === "failed" && item.requestId !== null ? (
                    <form method="post" action={`/admin/envois/${item.id}/reessayer`}>
                      <button
                        type="submit"
                        class="fr-btn fr-btn--sm fr-btn--secondary"
                        title={`Réessayer l'envoi n° ${item.id}`}
                      >
                        Réessayer
                      </button>
                    </form>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      ) : (
        <p>Aucun envoi.</p>
      )}
      {pages > 1 ? (
        <nav role="navigation" class="fr-pagination" aria-label="Pagination des envois">
          <ul class="fr-pagination__list">
            <li>
              {props.page > 1 ? (
                <a
                  class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                  href={link(props.page - 1)}
                >
                  Page précédente
                </a>
              ) : (
                <a
                  class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                  aria-disabled="true"
                  role="link"
                >
                  Page précédente
                </a>
              )}
            </li>
            <li>
              <a class="fr-pagination__link" aria-current="page" title={`Page ${props.page}`}>
                {props.page}
              </a>
            </li>
            <li>
              {props.page < pages ? (
                <a
                  class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                  href={link(props.page + 1)}
                >
                  Page suivante
                </a>
              ) : (
                <a
                  class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                  aria-disabled="true"
                  role="link"
                >
                  Page suivante
                </a>
              )}
            </li>
          </ul>
        </nav>
      ) : null}
    </Page>
  );
}
