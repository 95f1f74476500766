/** The home page for visitors: what Cadre is, for whom, and where to sign in. */

import { Page } from "../layouts/page";

export function HomePage({ currentPath }: { currentPath: string }) {
  return (
    <Page title="Accueil" viewer={null} currentPath={currentPath}>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-8">
          <h1>Justifier et instruire l'accès aux données d'API Particulier</h1>
          <p class="fr-text--lead">
            Les collectivités y déposent la délibération qui fixe leurs tarifs ou leurs conditions d'attribution ; les
            instructeurs y vérifient que chaque donnée demandée est justifiée par cet acte.
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <a class="fr-btn" href="/connexion">
                Se connecter
              </a>
            </li>
          </ul>
        </div>
      </div>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        <div class="fr-col-12 fr-col-md-4">
          <h2 class="fr-h5">Collectivités</h2>
          <p>
            Déposez votre demande et votre délibération, suivez l'instruction et répondez aux questions de
            l'instructeur.
          </p>
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <h2 class="fr-h5">Instructeurs</h2>
          <p>
            Traitez les demandes de la plus ancienne à la plus récente : validez, refusez ou demandez l'acte tarifaire.
          </p>
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <h2 class="fr-h5">Administrateurs</h2>
          <p>Suivez les délais et les décisions, gérez les comptes et rouvrez une décision si nécessaire.</p>
        </div>
      </div>
    </Page>
  );
}
