/** DSFR skip links: the first thing a keyboard or screen-reader user reaches. */

export function SkipLinks() {
  return (
    <div class="fr-skiplinks">
      <nav class="fr-container" role="navigation" aria-label="Accès rapide">
        <ul class="fr-skiplinks__list">
          <li>
            <a class="fr-link" href="#contenu">
              Contenu
            </a>
          </li>
          <li>
            <a class="fr-link" href="#navigation-principale">
              Menu
            </a>
          </li>
          <li>
            <a class="fr-link" href="#pied-de-page">
              Pied de page
            </a>
          </li>
        </ul>
      </nav>
    </div>
  );
}
