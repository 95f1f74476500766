/**
 * Sign-in: the ProConnect button (DSFR's `fr-connect--pro`) when a provider is configured, and
 * the demo accounts when the demo is on.
 */

import { ROLE_LABELS, type Role } from "../../src/domain/roles";
import { Page } from "../layouts/page";

export interface DemoAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisationName?: string;
}

export function LoginPage({
  demoAccounts,
  withProvider,
  currentPath,
}: {
  demoAccounts: readonly DemoAccount[] | null;
  withProvider: boolean;
  currentPath: string;
}) {
  return (
    <Page title="Connexion" viewer={null} currentPath={currentPath}>
      <h1>Se connecter à Cadre</h1>
      {withProvider ? <ProConnectButton /> : null}
      {demoAccounts ? (
        <>
          <div class="fr-notice fr-notice--info fr-mb-4w">
            <div class="fr-container">
              <div class="fr-notice__body">
                <p class="fr-notice__title">
                  Instance de démonstration : les données sont fictives, choisissez un compte pour entrer.
                </p>
              </div>
            </div>
          </div>
          <div class="fr-grid-row fr-grid-row--gutters">
            {demoAccounts.map((account) => (
              <div class="fr-col-12 fr-col-md-6 fr-col-lg-3">
                <div class="fr-card fr-card--no-arrow">
                  <div class="fr-card__body">
                    <div class="fr-card__content">
                      <h2 class="fr-card__title">{ROLE_LABELS[account.role]}</h2>
                      <p class="fr-card__desc">
                        {account.name}
                        {account.organisationName ? ` — ${account.organisationName}` : ""}
                      </p>
                    </div>
                    <div class="fr-card__footer">
                      <form method="post" action="/connexion/demo">
                        <input type="hidden" name="email" value={account.email} />
                        <button type="submit" class="fr-btn">
                          Entrer comme {ROLE_LABELS[account.role].toLowerCase()}
                        </button>
                      </form>
                    </div>
                  </div>
                </div>
              </div>
            ))}
          </div>
        </>
      ) : withProvider ? null : (
        <p class="fr-text--lead">
          La connexion par un fournisseur d'identité (ProConnect) n'est pas encore configurée sur cette instance.
          Contactez l'équipe qui l'administre.
        </p>
      )}
    </Page>
  );
}

function ProConnectButton() {
  return (
    <div class="fr-connect-group fr-mb-4w">
      <a class="fr-connect fr-connect--pro" href="/connexion/oidc">
        <span class="fr-connect__login">S’identifier avec</span> <span class="fr-connect__brand">ProConnect</span>
      </a>
      <p>
        <a
          href="https://www.proconnect.gouv.fr/"
          target="_blank"
          rel="noopener"
          title="Qu’est-ce que ProConnect ? - nouvelle fenêtre"
        >
          Qu’est-ce que ProConnect ?
        </a>
      </p>
    </div>
  );
}
