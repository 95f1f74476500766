/** The exports page: a period, a format, and the dictionary of each file's columns. */

import { DsfrTable } from "../components/dsfr-table";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

/** A column of an export as its dictionary describes it. */
interface Column {
  readonly header: string;
  readonly type: string;
  readonly description: string;
}

export function ExportsPage(props: {
  viewer: Viewer;
  requestColumns: readonly Column[];
  decisionColumns: readonly Column[];
}) {
  return (
    <Page title="Exports" viewer={props.viewer} currentPath="/admin/exports">
      <h1>Exports</h1>
      <p>
        Les fichiers sont produits au fil de l'eau : le téléchargement commence tout de suite, même pour un million de
        lignes, et la page affiche le nombre de lignes reçues sur le total. CSV en UTF-8 avec BOM (Excel lit les
        accents), séparateur point-virgule par défaut ; les cellules qui commencent par = + - @ sont neutralisées.
      </p>
      <ExportForm action="/admin/exports/demandes" title="Demandes" />
      <ExportForm action="/admin/exports/decisions" title="Décisions" />
      <h2 class="fr-h4 fr-mt-4w">Dictionnaire des colonnes</h2>
      <Dictionary caption="Colonnes de l'export des demandes" columns={props.requestColumns} />
      <Dictionary caption="Colonnes de l'export des décisions" columns={props.decisionColumns} />
    </Page>
  );
}

function ExportForm({ action, title }: { action: string; title: string }) {
  const id = action.split("/").pop()!;
  return (
    <form method="get" action={action} class="fr-mb-4w" data-export-progress>
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend">{title}</legend>
        <div class="cadre-filters__grid">
          <div class="fr-input-group">
            <label class="fr-label" for={`${id}-du`}>
              Du (facultatif)
            </label>
            <input class="fr-input" type="date" id={`${id}-du`} name="du" />
          </div>
          <div class="fr-input-group">
            <label class="fr-label" for={`${id}-au`}>
              Au (facultatif)
            </label>
            <input class="fr-input" type="date" id={`${id}-au`} name="au" />
          </div>
          <div class="fr-select-group">
            <label class="fr-label" for={`${id}-format`}>
              Format
            </label>
            <select class="fr-select" id={`${id}-format`} name="format">
              <option value="csv">CSV</option>
              <option value="xlsx">Excel (XLSX)</option>
              <option value="ods">OpenDocument (ODS)</option>
            </select>
          </div>
          <div class="fr-select-group">
            <label class="fr-label" for={`${id}-separateur`}>
              Séparateur CSV
            </label>
            <select class="fr-select" id={`${id}-separateur`} name="separateur">
              <option value="point-virgule">Point-virgule (Excel en français)</option>
              <option value="virgule">Virgule</option>
            </select>
          </div>
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left">
          Télécharger
        </button>
        {/* Shown by app.js while it streams the file; without JavaScript the download is the browser's. */}
        <div class="fr-mt-2w" data-export-status hidden>
          <label class="fr-label" for={`${id}-progression`}>
            Progression de l'export des {title.toLowerCase()}
          </label>
          <progress id={`${id}-progression`} class="cadre-progress" max="100" value="0"></progress>
          <p class="fr-text--sm fr-mb-0" role="status" aria-live="polite" data-export-text></p>
        </div>
      </fieldset>
    </form>
  );
}

function Dictionary({ caption, columns }: { caption: string; columns: readonly Column[] }) {
  return (
    <DsfrTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Colonne</th>
          <th scope="col">Type</th>
          <th scope="col">Contenu</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr>
            <td>{column.header}</td>
            <td>{column.type}</td>
            <td>{column.description}</td>
          </tr>
        ))}
      </tbody>
    </DsfrTable>
  );
}
