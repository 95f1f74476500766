/** DSFR header: brand, service name, the signed-in person's tools and the menu of their space. */

import { ROLE_LABELS } from "../../src/domain/roles";
import type { Viewer } from "./viewer";

interface NavItem {
  readonly href: string;
  readonly label: string;
}

function navFor(viewer: Viewer | null): NavItem[] {
  if (!viewer) return [{ href: "/", label: "Accueil" }];
  if (viewer.role === "applicant") {
    return [
      { href: "/demandes", label: "Mes demandes" },
      { href: "/demandes/nouvelle", label: "Nouvelle demande" },
      { href: "/regles", label: "Règles de lecture" },
    ];
  }
  if (viewer.role === "admin") {
    return [
      { href: "/instruction", label: "Instruction" },
      { href: "/admin/statistiques", label: "Statistiques" },
      { href: "/admin/exports", label: "Exports" },
      { href: "/admin/utilisateurs", label: "Comptes" },
      { href: "/admin/modeles", label: "Modèles" },
      { href: "/admin/webhooks", label: "Webhooks" },
      { href: "/admin/envois", label: "Envois" },
    ];
  }
  return [
    { href: "/instruction", label: "Instruction" },
    { href: "/regles", label: "Règles de lecture" },
  ];
}

export function Header({ viewer, currentPath }: { viewer: Viewer | null; currentPath: string }) {
  const nav = navFor(viewer);
  return (
    <header role="banner" class="fr-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <p class="fr-logo">
                    République
                    <br />
                    Française
                  </p>
                </div>
                <div class="fr-header__navbar">
                  <button
                    type="button"
                    class="fr-btn--menu fr-btn"
                    data-fr-opened="false"
                    aria-controls="menu-principal"
                    aria-haspopup="menu"
                    id="bouton-menu"
                    title="Menu"
                  >
                    Menu
                  </button>
                </div>
              </div>
              <div class="fr-header__service">
                <a href="/" title="Accueil — Cadre">
                  <p class="fr-header__service-title">Cadre</p>
                </a>
                <p class="fr-header__service-tagline">Le cadre juridique des demandes d'accès à API Particulier</p>
              </div>
            </div>
            <div class="fr-header__tools">
              <div class="fr-header__tools-links">
                <ToolLinks viewer={viewer} />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div class="fr-header__menu fr-modal" id="menu-principal" aria-labelledby="bouton-menu">
        <div class="fr-container">
          <button type="button" class="fr-btn--close fr-btn" aria-controls="menu-principal" title="Fermer">
            Fermer
          </button>
          <div class="fr-header__menu-links" />
          <nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
            <ul class="fr-nav__list">
              {nav.map((item) => (
                <li class="fr-nav__item">
                  <a
                    class="fr-nav__link"
                    href={item.href}
                    aria-current={currentPath === item.href ? "page" : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}

function ToolLinks({ viewer }: { viewer: Viewer | null }) {
  if (!viewer) {
    return (
      <ul class="fr-btns-group">
        <li>
          <a class="fr-btn fr-icon-account-circle-line" href="/connexion">
            Se connecter
          </a>
        </li>
      </ul>
    );
  }
  return (
    <ul class="fr-btns-group">
      <li>
        <span class="fr-btn fr-icon-account-circle-line" aria-label={`Connecté : ${viewer.name}`}>
          {viewer.name} · {viewer.organisationName ?? ROLE_LABELS[viewer.role]}
        </span>
      </li>
      <li>
        <form method="post" action="/deconnexion">
          <button type="submit" class="fr-btn fr-icon-logout-box-r-line">
            Se déconnecter
          </button>
        </form>
      </li>
    </ul>
  );
}
