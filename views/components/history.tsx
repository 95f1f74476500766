/** The request's history, oldest first, with each decision's motivation, and its messages. */

import { formatDate, formatDateTime } from "../../src/domain/format";
import { scopeLabel } from "../../src/domain/scope-catalogue";
import { datapassEventLabel } from "../../src/domain/datapass-wording";
import { EVENT_LABELS, isRequestEvent } from "../../src/domain/request-state";
import { ROLE_LABELS, isRole } from "../../src/domain/roles";
import type { HistoryEntry, MessageEntry } from "../../src/domain/request-listings";
import { DraftChangesList } from "./draft-changes";
import { TextArea } from "./form-fields";

const OTHER_LABELS: Record<string, string> = {
  created: "Demande créée",
  message: "Message",
  assigned: "Demande prise en charge",
  released: "Demande libérée",
  documents_added: "Documents ajoutés",
  edited: "Brouillon modifié",
  tariff_act_reminder: "Relance automatique : acte tarifaire toujours attendu",
  act_fetched: "Acte récupéré par Cadre depuis son adresse",
  act_fetch_failed: "Échec de la récupération de l'acte depuis son adresse",
  outbox_retried: "Envoi relancé par un administrateur",
  act_url_recorded: "Adresse de l'acte enregistrée",
};

// A closure by Cadre's cron is a reject transition: the label says nobody decided it.
const label = (entry: HistoryEntry) =>
  entry.type === "reject" && entry.payload.automatic === true
    ? "Demande close automatiquement, sans réponse"
    : isRequestEvent(entry.type)
      ? EVENT_LABELS[entry.type]
      : (OTHER_LABELS[entry.type] ?? datapassEventLabel(entry.type) ?? entry.type);

export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const shown = entries.filter((entry) => entry.type !== "message");
  return (
    <section class="fr-mb-4w" aria-labelledby="historique">
      <h2 id="historique" class="fr-h4">
        Historique
      </h2>
      <ol class="cadre-history">
        {shown.map((entry) => (
          <li>
            <p class="fr-mb-0">
              <strong>{label(entry)}</strong> — {formatDateTime(entry.createdAt)}
              {entry.actorName ? ` — ${entry.actorName}` : ""}
            </p>
            {entry.type === "tariff_act_reminder" ? <ReminderText payload={entry.payload} /> : null}
            {entry.type === "act_fetch_failed" && typeof entry.payload.message === "string" ? (
              <p class="fr-text--sm fr-mb-0">{entry.payload.message}</p>
            ) : null}
            {typeof entry.payload.document === "string" ? (
              <p class="fr-text--sm fr-mb-0">Document : {entry.payload.document}</p>
            ) : null}
            {Array.isArray(entry.payload.documents) ? (
              <p class="fr-text--sm fr-mb-0">Documents ajoutés : {(entry.payload.documents as string[]).join(", ")}</p>
            ) : null}
            {Array.isArray(entry.payload.added) && entry.payload.added.length > 0 ? (
              <p class="fr-text--sm fr-mb-0">
                Données ajoutées : {(entry.payload.added as string[]).map(scopeLabel).join(", ")}
              </p>
            ) : null}
            {Array.isArray(entry.payload.removed) && entry.payload.removed.length > 0 ? (
              <p class="fr-text--sm fr-mb-0">
                Données retirées : {(entry.payload.removed as string[]).map(scopeLabel).join(", ")}
              </p>
            ) : null}
            {entry.type === "edited" ? <DraftChangesList payload={entry.payload} /> : null}
            {typeof entry.payload.motivation === "string" ? (
              <blockquote class="cadre-motivation">{entry.payload.motivation}</blockquote>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReminderText({ payload }: { payload: Record<string, unknown> }) {
  return (
    <p class="fr-text--sm fr-mb-0">
      Courriel de relance envoyé à la collectivité après {String(payload.days)} jours d'attente.
      {typeof payload.closesAt === "number"
        ? ` Sans réponse d'ici le ${formatDate(payload.closesAt)}, la demande sera close.`
        : ""}
    </p>
  );
}

export function Messages({
  messages,
  postTo,
  error,
  value,
}: {
  messages: readonly MessageEntry[];
  /** Where the message form posts; no form for those who only read. */
  postTo?: string;
  error?: string;
  /** The text of a refused message, given back. */
  value?: string;
}) {
  return (
    <section class="fr-mb-4w" aria-labelledby="messages">
      <h2 id="messages" class="fr-h4">
        Messages
      </h2>
      {messages.length === 0 ? (
        <p>Aucun message pour le moment.</p>
      ) : (
        <ul class="cadre-messages">
          {messages.map((message) => (
            <li>
              <p class="fr-text--sm fr-mb-1v">
                <strong>{message.authorName}</strong> (
                {isRole(message.authorRole) ? ROLE_LABELS[message.authorRole] : ""}) —{" "}
                {formatDateTime(message.createdAt)}
              </p>
              <p>{message.body}</p>
            </li>
          ))}
        </ul>
      )}
      {postTo ? (
        <form method="post" action={postTo} class="fr-mt-2w">
          <TextArea
            id="nouveau-message"
            name="message"
            label="Écrire un message"
            rows={3}
            error={error}
            value={value}
          />
          <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w">
            Envoyer
          </button>
        </form>
      ) : null}
    </section>
  );
}
