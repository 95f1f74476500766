/**
 * What an agent can do with a draft: add documents, and submit — with, when Cadre found points
 * to review, the list of them and a box to tick to submit anyway (checked on the server too).
 */

import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from "../../src/domain/document";
import { FieldError } from "../components/form-fields";

export interface DraftActionsProps {
  readonly requestId: number;
  readonly version: number;
  readonly points: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
}

export function DraftActions({ requestId, version, points, errors }: DraftActionsProps) {
  return (
    <div class="fr-mb-4w">
      <p>
        <a class="fr-link fr-icon-edit-line fr-link--icon-left" href={`/demandes/${requestId}/modifier`}>
          Modifier le cas d'usage, les données ou le cadre juridique
        </a>
      </p>
      <form method="post" action={`/demandes/${requestId}/documents`} enctype="multipart/form-data" class="fr-mb-3w">
        <div class={`fr-upload-group${errors.documents ? " fr-upload-group--error" : ""}`}>
          <label class="fr-label" for="ajout-documents">
            Ajouter des documents
            <span class="fr-hint-text">
              PDF, DOCX ou ODT ; 10 Mo au plus par fichier, 6 fichiers au plus par demande.
            </span>
          </label>
          <input
            class="fr-upload"
            type="file"
            id="ajout-documents"
            name="documents"
            multiple
            accept=".pdf,.docx,.odt"
          />
          <FieldError id="ajout-documents" message={errors.documents} />
        </div>
        <div class="fr-select-group">
          <label class="fr-label" for="ajout-type">
            Type de document
          </label>
          <select class="fr-select" id="ajout-type" name="kind">
            {DOCUMENT_KINDS.map((kind) => (
              <option value={kind}>{DOCUMENT_KIND_LABELS[kind]}</option>
            ))}
          </select>
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm">
          Ajouter
        </button>
      </form>
      <form method="post" action={`/demandes/${requestId}/soumettre`}>
        <input type="hidden" name="version" value={String(version)} />
        <PointsToReview points={points} errors={errors} />
        <FieldError id="soumettre" message={errors.documents && !errors.confirmation ? errors.documents : undefined} />
        <button type="submit" class="fr-btn">
          Soumettre la demande
        </button>
      </form>
    </div>
  );
}

/**
 * The points Cadre found, with the box to tick to submit anyway. Always present (empty when
 * there is nothing to review) so that when a reading ends while the page is open, the reading
 * panel's refresh replaces it in place (hx-swap-oob) and the agent sees the box before submitting.
 */
export function PointsToReview({
  points,
  errors,
  swapOob,
}: {
  points: readonly string[];
  errors: Readonly<Record<string, string>>;
  swapOob?: boolean;
}) {
  return (
    <div id="points-a-revoir" {...(swapOob ? { "hx-swap-oob": "true" } : {})}>
      {points.length > 0 ? (
        <div class={`fr-callout fr-mb-2w${errors.confirmation ? " fr-callout--pink-tuile" : ""}`}>
          <h2 class="fr-callout__title fr-h6">Avant de soumettre, points à revoir</h2>
          <ul>
            {points.map((point) => (
              <li>{point}</li>
            ))}
          </ul>
          <div class={`fr-checkbox-group${errors.confirmation ? " fr-checkbox-group--error" : ""}`}>
            <input type="checkbox" id="confirmation" name="confirmation" value="1" required />
            <label class="fr-label" for="confirmation">
              Je soumets la demande malgré ces points
            </label>
            <FieldError id="confirmation" message={errors.confirmation} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
