/**
 * Choosing the use case: the select, a "Choisir" button that asks the server to pre-select the
 * use case's usual data (without JavaScript), and why these data are pre-selected. With
 * JavaScript (scope-picker.js) the choice applies at once, from the options' data attributes.
 */

import { findUseCase, USE_CASES } from "../../src/domain/use-case-catalogue";
import { FieldError } from "./form-fields";

export function UseCaseChoice(props: { value?: string; error?: string; chooseAction: string }) {
  const current = props.value ? findUseCase(props.value) : undefined;
  return (
    <div class={`fr-select-group${props.error ? " fr-select-group--error" : ""}`}>
      <label class="fr-label" for="use_case">
        Cas d'usage
        <span class="fr-hint-text">
          Le service pour lequel vous voulez utiliser les données : ses données habituelles seront cochées.
        </span>
      </label>
      {/* What was chosen when the page was drawn: the server swaps this use case's data for the new one's. */}
      <input type="hidden" name="use_case_before" value={props.value ?? ""} />
      <div class="cadre-use-case-row">
        <select
          class="fr-select cadre-use-case"
          id="use_case"
          name="use_case"
          data-use-case-select
          aria-describedby={`use_case-pourquoi${props.error ? " use_case-erreur" : ""}`}
        >
          <option value="" selected={!props.value} disabled>
            Choisir un cas d'usage
          </option>
          {USE_CASES.map((useCase) => (
            <option
              value={useCase.key}
              selected={props.value === useCase.key}
              data-scopes={useCase.defaultScopes.join(" ")}
              data-why={useCase.why}
            >
              {useCase.label}
            </option>
          ))}
        </select>
        <button
          type="submit"
          class="fr-btn fr-btn--secondary"
          formaction={props.chooseAction}
          formmethod="get"
          formenctype="application/x-www-form-urlencoded"
          name="choisir"
          value="1"
          data-use-case-button
        >
          Choisir
        </button>
      </div>
      <p class="fr-hint-text fr-mt-1w" data-use-case-button>
        « Choisir » coche les données habituelles du cas d'usage, sans rien enregistrer : joignez vos documents après ce
        choix.
      </p>
      <FieldError id="use_case" message={props.error} />
      <p class="fr-text--sm fr-mt-1w fr-mb-0" id="use_case-pourquoi" aria-live="polite" data-use-case-why>
        {current?.why ?? ""}
      </p>
    </div>
  );
}
