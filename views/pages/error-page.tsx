/** The page shown for an error: a French title, what happened, and where to go next. */

import { Page } from "../layouts/page";
import type { Viewer } from "../components/viewer";

export interface ErrorPageProps {
  readonly status: number;
  readonly title: string;
  readonly message: string;
  readonly viewer: Viewer | null;
  readonly currentPath: string;
}

export function ErrorPage({ status, title, message, viewer, currentPath }: ErrorPageProps) {
  return (
    <Page title={title} viewer={viewer} currentPath={currentPath}>
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-8">
          <h1>{title}</h1>
          <p class="fr-text--sm fr-mb-3w">Erreur {status}</p>
          <p class="fr-text--lead fr-mb-3w">{message}</p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <a class="fr-btn" href="/">
                Revenir à l'accueil
              </a>
            </li>
          </ul>
        </div>
      </div>
    </Page>
  );
}

/** The htmx flavour: a fragment swapped into the page instead of a whole new page. */
export function ErrorFragment({ title, message }: { title: string; message: string }) {
  return (
    <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
      <h3 class="fr-alert__title">{title}</h3>
      <p>{message}</p>
    </div>
  );
}
