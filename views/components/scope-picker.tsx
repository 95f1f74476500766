/**
 * The data to request, by family (CAF et MSA, France Travail, élèves…), each family saying what
 * the act must contain to justify it. Families are native <details>, open when one of their
 * data is ticked, so the form works without JavaScript; with it, a filter box narrows the list.
 */

import { SCOPE_REASONS, scopesByFamily } from "../../src/domain/scope-families";
import { FieldError } from "./form-fields";

export function ScopePicker(props: { chosen: ReadonlySet<string>; error?: string }) {
  return (
    <fieldset
      class={`fr-fieldset${props.error ? " fr-fieldset--error" : ""}`}
      aria-labelledby="scopes-legende"
      id="scopes"
    >
      <legend class="fr-fieldset__legend" id="scopes-legende">
        Données demandées
        <span class="fr-hint-text">
          Ne cochez que les données dont dépendent vos tarifs ou vos aides : chaque famille dit ce que votre acte doit
          contenir pour les justifier.
        </span>
      </legend>
      <div class="fr-fieldset__element" data-scope-filter hidden>
        <div class="fr-input-group">
          <label class="fr-label" for="filtre-donnees">
            Filtrer les données
            <span class="fr-hint-text">Par exemple : quotient, adresse, étudiant, RSA.</span>
          </label>
          <input class="fr-input" type="search" id="filtre-donnees" autocomplete="off" aria-controls="familles" />
        </div>
        <p class="fr-text--sm fr-mb-0" aria-live="polite" data-scope-filter-count></p>
      </div>
      <div class="fr-fieldset__element" id="familles">
        {scopesByFamily().map((family) => {
          const ticked = family.scopes.filter((scope) => props.chosen.has(scope.key)).length;
          return (
            <details class="cadre-family" open={ticked > 0} data-family={family.key}>
              <summary>
                <span class="fr-text--bold">{family.label}</span>{" "}
                <span class="fr-text--sm" data-family-count>
                  ({family.scopes.length} données{ticked > 0 ? `, ${ticked} cochée${ticked > 1 ? "s" : ""}` : ""})
                </span>
              </summary>
              <p class="fr-text--sm cadre-family__why" id={`famille-${family.key}`}>
                {family.justification}
              </p>
              {family.scopes.map((scope) => (
                <div class="fr-checkbox-group fr-checkbox-group--sm" data-scope-label={`${scope.label} ${scope.group}`}>
                  <input
                    type="checkbox"
                    id={`scope-${scope.key}`}
                    name="scopes"
                    value={scope.key}
                    checked={props.chosen.has(scope.key)}
                    aria-describedby={`famille-${family.key}`}
                  />
                  <label class="fr-label" for={`scope-${scope.key}`}>
                    {scope.label}
                    {SCOPE_REASONS[scope.key] ? (
                      <span class="fr-hint-text">Justifiée par : {SCOPE_REASONS[scope.key]}</span>
                    ) : null}
                  </label>
                </div>
              ))}
            </details>
          );
        })}
      </div>
      <FieldError id="scopes" message={props.error} />
    </fieldset>
  );
}
