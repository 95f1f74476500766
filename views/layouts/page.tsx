/**
 * The page shell: DSFR styles and scripts from our own origin, skip links, header, main
 * landmark and footer. Every full page goes through it; htmx fragments do not.
 */

import type { Child } from "hono/jsx";
import { Footer } from "../components/footer";
import { Header } from "../components/header";
import { SkipLinks } from "../components/skiplinks";
import type { Viewer } from "../components/viewer";

export interface PageProps {
  readonly title: string;
  readonly viewer: Viewer | null;
  readonly currentPath: string;
  readonly children?: Child;
}

export function Page({ title, viewer, currentPath, children }: PageProps) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
        <meta name="format-detection" content="telephone=no" />
        <meta
          name="htmx-config"
          content='{"includeIndicatorStyles":false,"allowEval":false,"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"[45]..","swap":true,"error":false}]}'
        />
        <title>{`${title} — Cadre`}</title>
        <link rel="stylesheet" href="/static/dsfr/dsfr.min.css" />
        <link rel="stylesheet" href="/static/dsfr/utility/icons/icons.min.css" />
        <link rel="stylesheet" href="/static/app.css" />
        <link rel="apple-touch-icon" href="/static/dsfr/favicon/apple-touch-icon.png" />
        <link rel="icon" href="/static/dsfr/favicon/favicon.svg" type="image/svg+xml" />
        <link rel="shortcut icon" href="/static/dsfr/favicon/favicon.ico" type="image/x-icon" />
      </head>
      <body>
        <SkipLinks />
        <Header viewer={viewer} currentPath={currentPath} />
        <main id="contenu" role="main" tabindex={-1} class="fr-container fr-py-6w">
          {children}
        </main>
        <Footer />
        <script type="module" src="/static/dsfr/dsfr.module.min.js"></script>
        <script nomodule src="/static/dsfr/dsfr.nomodule.min.js"></script>
        <script src="/static/htmx.min.js"></script>
        <script src="/static/app.js"></script>
      </body>
    </html>
  );
}
