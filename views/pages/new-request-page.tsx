/**
 * The new-request form (and the draft's edit form): use case with its usual data, data by
 * family, legal framework, documents.
 */

import { Alert } from "../components/alert";
import { FieldError, TextArea } from "../components/form-fields";
import { ScopePicker } from "../components/scope-picker";
import { UseCaseChoice } from "../components/use-case-choice";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

interface NewRequestValues {
  readonly useCase?: string;
  readonly scopes?: readonly string[];
  readonly legalFrameworkText?: string;
  readonly legalFrameworkUrl?: string;
}

export interface NewRequestPageProps {
  readonly viewer: Viewer;
  /** Editing a draft: where the form posts, and the version it was read at. */
  readonly editing?: { readonly requestId: number; readonly version: number };
  readonly organisation?: { readonly name: string; readonly siret: string };
  readonly values: NewRequestValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly message?: string;
}

export function NewRequestPage({ viewer, values, errors, message, editing, organisation }: NewRequestPageProps) {
  const chosen = new Set(values.scopes ?? []);
  const action = editing ? `/demandes/${editing.requestId}/modifier` : "/demandes/nouvelle";
  return (
    <Page
      title={editing ? "Modifier le brouillon" : "Nouvelle demande"}
      viewer={viewer}
      currentPath={editing ? action : "/demandes/nouvelle"}
    >
      <h1>
        {editing ? `Modifier le brouillon n° ${editing.requestId}` : "Nouvelle demande d'accès à API Particulier"}
      </h1>
      {organisation ? (
        <p class="fr-text--lead">
          Pour : {organisation.name} (SIRET {organisation.siret})
        </p>
      ) : null}
      {message ? <Alert kind="error" title={message} /> : null}
      <form method="post" action={action} enctype="multipart/form-data" class="cadre-form">
        {editing ? <input type="hidden" name="version" value={String(editing.version)} /> : null}
        {/* "Choisir" asks the form's own page again by GET, with the use case's data ticked: nothing is saved. */}
        <UseCaseChoice value={values.useCase} error={errors.use_case} chooseAction={action} />
        <ScopePicker chosen={chosen} error={errors.scopes} />

        <TextArea
          id="cadre_juridique_nature"
          name="cadre_juridique_nature"
          label="Cadre juridique"
          hint="Nommez l'acte qui fixe vos tarifs ou vos conditions d'attribution (numéro, date, objet)."
          value={values.legalFrameworkText}
          error={errors.cadre_juridique_nature}
        />

        <div class={`fr-input-group${errors.cadre_juridique_url ? " fr-input-group--error" : ""}`}>
          <label class="fr-label" for="cadre_juridique_url">
            Adresse de l'acte en ligne (facultatif)
            <span class="fr-hint-text">Par exemple la page du recueil des actes administratifs.</span>
          </label>
          <input
            class="fr-input"
            type="url"
            id="cadre_juridique_url"
            name="cadre_juridique_url"
            value={values.legalFrameworkUrl ?? ""}
            aria-describedby={errors.cadre_juridique_url ? "cadre_juridique_url-erreur" : undefined}
          />
          <FieldError id="cadre_juridique_url" message={errors.cadre_juridique_url} />
        </div>

        {editing ? null : (
          <div class={`fr-upload-group${errors.documents ? " fr-upload-group--error" : ""}`}>
            <label class="fr-label" for="documents">
              Délibération et actes tarifaires
              <span class="fr-hint-text">PDF, DOCX ou ODT ; 10 Mo au plus par fichier, 6 fichiers au plus.</span>
            </label>
            <input class="fr-upload" type="file" id="documents" name="documents" multiple accept=".pdf,.docx,.odt" />
            <FieldError id="documents" message={errors.documents} />
          </div>
        )}

        <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          <li>
            <button type="submit" class="fr-btn">
              {editing ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
            </button>
          </li>
        </ul>
      </form>
      <script src="/static/scope-picker.js" defer></script>
    </Page>
  );
}
