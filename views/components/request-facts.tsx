/** What a request asks for: use case, data, legal framework and documents. Shared by both audiences. */

import { actFetchState, type ActFetchState } from "../../src/domain/act-fetch";
import { DOCUMENT_KIND_LABELS, isDocumentKind } from "../../src/domain/document";
import { formatDate, formatDateTime } from "../../src/domain/format";
import { scopeLabel } from "../../src/domain/scope-catalogue";
import { DATAPASS_DOCUMENTS_NOTE } from "../../src/domain/datapass-wording";
import { datapassFormOf, useCaseLabel } from "../../src/domain/use-case-catalogue";

export interface RequestFactsProps {
  readonly requestId: number;
  readonly useCase: string;
  readonly scopes: readonly string[];
  readonly legalFrameworkText: string;
  readonly legalFrameworkUrl: string | null;
  readonly documents: readonly {
    id: number;
    kind: string;
    name: string;
    size: number;
    createdAt: number;
    purgedAt?: number | null;
    sha256?: string;
    /** Set for an act Cadre fetched from the request's address. */
    sourceUrl?: string | null;
    fetchedAt?: number | null;
  }[];
  /** The request's events: they say whether fetching the act from its address failed, and why. */
  readonly events?: readonly { type: string; payload: Readonly<Record<string, unknown>>; createdAt: number }[];
  /** The DataPass demande the request came from. */
  readonly datapass?: { readonly datapassId: number; readonly url: string; readonly state: string } | null;
}

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} Ko`
    : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} Mo`;

export function RequestFacts(props: RequestFactsProps) {
  const fetch = actFetchState(
    props.legalFrameworkUrl,
    props.documents.map((doc) => ({ id: doc.id, sourceUrl: doc.sourceUrl ?? null })),
    props.events ?? [],
  );
  return (
    <section class="fr-mb-4w" aria-labelledby="demande-objet">
      <h2 id="demande-objet" class="fr-h4">
        Ce qui est demandé
      </h2>
      <dl class="cadre-facts">
        <dt>Cas d'usage</dt>
        <dd>
          {useCaseLabel(props.useCase)}
          <span class="fr-hint-text">Formulaire DataPass : {datapassFormOf(props.useCase) ?? "—"}</span>
        </dd>
        {props.datapass ? (
          <>
            <dt>Demande DataPass</dt>
            <dd>
              <a href={props.datapass.url} rel="noopener noreferrer" target="_blank">
                n° {props.datapass.datapassId}
              </a>{" "}
              — état dans DataPass : {props.datapass.state}
              <span class="fr-hint-text">{DATAPASS_DOCUMENTS_NOTE}</span>
            </dd>
          </>
        ) : null}
        <dt>Données demandées</dt>
        <dd>
          <ul class="fr-tags-group">
            {props.scopes.map((scope) => (
              <li>
                <p class="fr-tag fr-tag--sm" title={scope}>
                  {scopeLabel(scope)}
                </p>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Cadre juridique</dt>
        <dd>{props.legalFrameworkText || <em>Non renseigné</em>}</dd>
        {props.legalFrameworkUrl ? (
          <>
            <dt>Adresse de l'acte</dt>
            <dd>
              <a href={props.legalFrameworkUrl} rel="noopener noreferrer" target="_blank">
                {props.legalFrameworkUrl}
              </a>
              <ActFetchNote state={fetch} />
            </dd>
          </>
        ) : null}
      </dl>
      <h3 class="fr-h6">Documents</h3>
      {props.documents.length === 0 ? (
        <p>Aucun document joint.</p>
      ) : (
        <ul>
          {props.documents.map((doc) => (
            <li>
              {doc.purgedAt ? (
                <p class="fr-mb-1w">
                  {doc.name} — supprimé le {formatDate(doc.purgedAt)} (fin de la durée de conservation)
                </p>
              ) : (
                <a class="fr-link fr-link--download" href={`/demandes/${props.requestId}/documents/${doc.id}`} download>
                  {doc.name}
                  <span class="fr-link__detail">
                    {isDocumentKind(doc.kind) ? DOCUMENT_KIND_LABELS[doc.kind] : doc.kind} — {formatSize(doc.size)} —
                    {doc.sourceUrl ? "récupéré" : "déposé"} le {formatDate(doc.createdAt)}
                  </span>
                </a>
              )}
              {doc.sourceUrl ? (
                <p class="fr-text--sm fr-mb-1w">
                  Récupéré par Cadre depuis <span class="cadre-token">{doc.sourceUrl}</span>
                  {doc.fetchedAt ? ` le ${formatDateTime(doc.fetchedAt)}` : ""}
                  {doc.sha256 ? (
                    <>
                      {" "}
                      — empreinte SHA-256 : <code class="cadre-token">{doc.sha256}</code>
                    </>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where reading the act from its address stands: waiting, done, or failed with the reason. */
function ActFetchNote({ state }: { state: ActFetchState }) {
  if (state.kind === "pending") {
    return <p class="fr-text--sm fr-mb-0">Cadre récupère l'acte à cette adresse pour le lire.</p>;
  }
  if (state.kind === "fetched") {
    return <p class="fr-text--sm fr-mb-0">Acte récupéré par Cadre à cette adresse : il figure parmi les documents.</p>;
  }
  if (state.kind === "failed") {
    return (
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-1w" role="alert">
        <p>
          Cadre n'a pas pu récupérer l'acte à cette adresse le {formatDateTime(state.at)} : {state.message} Joignez
          l'acte en document, ou corrigez l'adresse.
        </p>
      </div>
    );
  }
  return null;
}
