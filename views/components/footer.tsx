/** DSFR footer with the State's usual links. */

const STATE_LINKS = [
  { href: "https://www.info.gouv.fr", label: "info.gouv.fr" },
  { href: "https://www.service-public.fr", label: "service-public.fr" },
  { href: "https://www.legifrance.gouv.fr", label: "legifrance.gouv.fr" },
  { href: "https://www.data.gouv.fr", label: "data.gouv.fr" },
];

export function Footer() {
  return (
    <footer class="fr-footer" role="contentinfo" id="pied-de-page">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand fr-enlarge-link">
            <a href="/" title="Retour à l'accueil — Cadre">
              <p class="fr-logo">
                République
                <br />
                Française
              </p>
            </a>
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              Cadre aide les collectivités à justifier leur accès aux données d'API Particulier, et les instructeurs à
              vérifier que chaque donnée demandée est prévue par une délibération.
            </p>
            <ul class="fr-footer__content-list">
              {STATE_LINKS.map((link) => (
                <li class="fr-footer__content-item">
                  <a
                    class="fr-footer__content-link"
                    href={link.href}
                    rel="noopener"
                    target="_blank"
                    title={`${link.label} — nouvelle fenêtre`}
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div class="fr-footer__bottom">
          <ul class="fr-footer__bottom-list">
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/">
                Accueil
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/statistiques">
                Statistiques
              </a>
            </li>
            <li class="fr-footer__bottom-item">
              <a class="fr-footer__bottom-link" href="/regles">
                Règles de lecture
              </a>
            </li>
          </ul>
          <div class="fr-footer__bottom-copy">
            <p>Sauf mention contraire, les contenus de ce site sont sous licence etalab-2.0.</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
