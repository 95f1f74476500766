/**
 * The three decisions, each its own form posting the version the instructor saw. Plain
 * forms: they work without JavaScript and redirect after success.
 */

import { DECISION_PATHS } from "../../src/domain/decisions";
import { nextState, type RequestState } from "../../src/domain/request-state";
import type { Suggestion } from "../../src/services/read-models";
import { TextArea } from "../components/form-fields";

export interface DecisionFormState {
  readonly decision: string;
  readonly motivation: string;
  readonly errors: Readonly<Record<string, string>>;
}

const FORMS = [
  {
    decision: "accept",
    path: DECISION_PATHS.accept,
    title: "Valider",
    button: "Valider la demande",
    hint: "Facultative : elle sera lue par la collectivité.",
    buttonClass: "fr-btn",
  },
  {
    decision: "request_tariff_act",
    path: DECISION_PATHS.request_tariff_act,
    title: "Demander l'acte tarifaire",
    button: "Demander l'acte tarifaire",
    hint: "Obligatoire : dites quel acte manque et pourquoi.",
    buttonClass: "fr-btn fr-btn--secondary",
  },
  {
    decision: "reject",
    path: DECISION_PATHS.reject,
    title: "Refuser",
    button: "Refuser la demande",
    hint: "Obligatoire : le motif du refus.",
    buttonClass: "fr-btn fr-btn--tertiary",
  },
] as const;

export function DecisionForms({
  requestId,
  version,
  state,
  form,
  suggestion,
  actionSuffix = "",
  templates = [],
}: {
  requestId: number;
  version: number;
  state: RequestState;
  form?: DecisionFormState;
  /** The annotator's draft goes into the form of the decision it suggests, ready to edit. */
  suggestion?: Suggestion | null;
  actionSuffix?: string;
  /** Admins' templates; choosing one reloads the page with its text, filled in, in the form. */
  templates?: readonly { id: number; name: string; decision: string }[];
}) {
  const available = FORMS.filter((item) => nextState(state, item.decision) !== null);
  if (available.length === 0) return <p class="fr-text--sm">Cette demande n'attend pas de décision.</p>;
  return (
    <section aria-labelledby="decision">
      <h2 id="decision" class="fr-h4">
        Décision
      </h2>
      {available.map((item) => {
        const current = form?.decision === item.decision ? form : undefined;
        const drafted = suggestion?.decision === item.decision ? suggestion.motivation : undefined;
        const choices = templates.filter((template) => template.decision === item.decision);
        const queue = new URLSearchParams(actionSuffix.replace(/^\?/, ""));
        return (
          <>
            {choices.length > 0 ? (
              <form method="get" action={`/instruction/demandes/${requestId}`} class="cadre-inline-form fr-mb-1w">
                {[...queue].map(([name, value]) => (
                  <input type="hidden" name={name} value={value} />
                ))}
                <label class="fr-label" for={`modele-${item.path}`}>
                  Modèle
                </label>
                <select class="fr-select" id={`modele-${item.path}`} name="modele">
                  {choices.map((template) => (
                    <option value={String(template.id)}>{template.name}</option>
                  ))}
                </select>
                <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                  Utiliser
                </button>
              </form>
            ) : null}
            <form
              method="post"
              action={`/instruction/demandes/${requestId}/${item.path}${actionSuffix}`}
              class="fr-mb-4w"
              id={`form-${item.path}`}
            >
              <input type="hidden" name="version" value={String(version)} />
              <TextArea
                id={`motivation-${item.path}`}
                name="motivation"
                label={`Motivation — ${item.title.toLowerCase()}`}
                hint={item.hint}
                value={current?.motivation ?? drafted}
                error={current?.errors.motivation}
                rows={4}
              />
              <button type="submit" class={`${item.buttonClass} fr-mt-1w`}>
                {item.button}
              </button>
            </form>
          </>
        );
      })}
    </section>
  );
}
