/** Sign-in: the demo accounts when the demo is on; otherwise the identity provider. */

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
  currentPath,
}: {
  demoAccounts: readonly DemoAccount[] | null;
  currentPath: string;
}) {
  return (
    <Page title="Connexion" viewer={null} currentPath={currentPath}>
      <h1>Se connecter à Cadre</h1>
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
      ) : (
        <p class="fr-text--lead">
          La connexion par un fournisseur d'identité (ProConnect) n'est pas encore configurée sur cette instance.
          Contactez l'équipe qui l'administre.
        </p>
      )}
    </Page>
  );
}
