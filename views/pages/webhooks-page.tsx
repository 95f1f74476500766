/** Webhooks, for admins: the tools that follow decisions, each with its signing secret (shown once). */

import { formatDate } from "../../src/domain/format";
import { Alert } from "../components/alert";
import { DsfrTable } from "../components/dsfr-table";
import { FieldError } from "../components/form-fields";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

/** A registered webhook as the page lists it (never its secret). */
interface WebhookItem {
  readonly id: number;
  readonly url: string;
  readonly active: boolean;
  readonly createdAt: number;
}

export function WebhooksPage(props: {
  viewer: Viewer;
  hooks: readonly WebhookItem[];
  created?: { url: string; secret: string };
  error?: string;
  /** The address typed, shown again beside its error. */
  value?: string;
}) {
  return (
    <Page title="Webhooks" viewer={props.viewer} currentPath="/admin/webhooks">
      <h1>Webhooks</h1>
      <p>
        À chaque changement d'état d'une demande, Cadre envoie un POST JSON signé (en-têtes{" "}
        <code>x-cadre-timestamp</code> et <code>x-cadre-signature: sha256=HMAC(secret, timestamp.corps)</code>),
        réessayé en cas d'échec.
      </p>
      {props.created ? (
        <div class="fr-alert fr-alert--success fr-mb-3w">
          <h3 class="fr-alert__title">Webhook ajouté : {props.created.url}</h3>
          <p>Secret de signature, à copier maintenant (il ne sera plus affiché) :</p>
          <p>
            <code class="cadre-token">{props.created.secret}</code>
          </p>
        </div>
      ) : null}
      {props.error ? <Alert kind="error" title={props.error} /> : null}
      <form method="post" action="/admin/webhooks" class="fr-mb-4w">
        <div class={`fr-input-group${props.error ? " fr-input-group--error" : ""}`}>
          <label class="fr-label" for="webhook-url">
            Adresse qui recevra les événements
            <span class="fr-hint-text">
              Une adresse https:// publique : Cadre refuse les adresses de son propre réseau (privées, locales).
            </span>
          </label>
          <input
            class={`fr-input${props.error ? " fr-input--error" : ""}`}
            type="url"
            id="webhook-url"
            name="url"
            value={props.value ?? ""}
            required
            aria-describedby={props.error ? "webhook-url-erreur" : undefined}
          />
          <FieldError id="webhook-url" message={props.error} />
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary">
          Ajouter
        </button>
      </form>
      {props.hooks.length > 0 ? (
        <DsfrTable caption="Webhooks enregistrés">
          <thead>
            <tr>
              <th scope="col">Adresse</th>
              <th scope="col">Ajouté le</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {props.hooks.map((hook) => (
              <tr>
                <td>{hook.url}</td>
                <td>{formatDate(hook.createdAt)}</td>
                <td>
                  {hook.active ? (
                    <form method="post" action={`/admin/webhooks/${hook.id}/desactiver`}>
                      <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                        Désactiver
                      </button>
                    </form>
                  ) : (
                    "Désactivé"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DsfrTable>
      ) : (
        <p>Aucun webhook.</p>
      )}
    </Page>
  );
}
