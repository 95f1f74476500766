/**
 * The three decisions, each its own form posting the version the instructor saw. Plain
 * forms: they work without JavaScript and redirect after success, to the request or, with
 * "… et passer à la suivante", to the next one in the queue's current filters and order.
 * Choosing a template fills its own box only (htmx swaps that box; without JavaScript the page
 * reloads with the template's text). A text typed for a decision that is no longer possible
 * (someone decided first) is shown apart, to copy.
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
    next: "Valider et passer à la suivante",
    hint: "Facultative : elle sera lue par la collectivité.",
    buttonClass: "fr-btn",
  },
  {
    decision: "request_tariff_act",
    path: DECISION_PATHS.request_tariff_act,
    title: "Demander l'acte tarifaire",
    button: "Demander l'acte tarifaire",
    next: "Demander l'acte et passer à la suivante",
    hint: "Obligatoire : dites quel acte manque et pourquoi.",
    buttonClass: "fr-btn fr-btn--secondary",
  },
  {
    decision: "reject",
    path: DECISION_PATHS.reject,
    title: "Refuser",
    button: "Refuser la demande",
    next: "Refuser et passer à la suivante",
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
  const stranded =
    form &&
    form.motivation &&
    FORMS.some((item) => item.decision === form.decision) &&
    !available.some((item) => item.decision === form.decision)
      ? form.motivation
      : null;
  const keptText = stranded ? (
    <div class="fr-callout fr-mb-3w">
      <h3 class="fr-callout__title fr-h6">Votre texte, non envoyé</h3>
      <blockquote class="cadre-motivation">{stranded}</blockquote>
    </div>
  ) : null;
  if (available.length === 0)
    return (
      <>
        {keptText}
        <p class="fr-text--sm">Cette demande n'attend pas de décision.</p>
      </>
    );
  return (
    <section aria-labelledby="decision">
      <h2 id="decision" class="fr-h4">
        Décision
      </h2>
      {keptText}
      {available.map((item) => {
        const current = form?.decision === item.decision ? form : undefined;
        const drafted = suggestion?.decision === item.decision ? suggestion.motivation : undefined;
        const choices = templates.filter((template) => template.decision === item.decision);
        const queue = new URLSearchParams(actionSuffix.replace(/^\?/, ""));
        return (
          <>
            {choices.length > 0 ? (
              <form
                method="get"
                action={`/instruction/demandes/${requestId}`}
                class="cadre-inline-form fr-mb-1w"
                hx-get={`/instruction/demandes/${requestId}`}
                hx-select={`#zone-motivation-${item.path}`}
                hx-target={`#zone-motivation-${item.path}`}
                hx-swap="outerHTML"
                hx-push-url="false"
              >
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
              <div id={`zone-motivation-${item.path}`}>
                <TextArea
                  id={`motivation-${item.path}`}
                  name="motivation"
                  label={`Motivation — ${item.title.toLowerCase()}`}
                  hint={item.hint}
                  value={current?.motivation ?? drafted}
                  error={current?.errors.motivation}
                  rows={4}
                />
              </div>
              <ul class="fr-btns-group fr-btns-group--sm fr-mt-1w">
                <li>
                  <button type="submit" class={item.buttonClass}>
                    {item.button}
                  </button>
                </li>
                <li>
                  <button type="submit" name="suite" value="1" class="fr-btn fr-btn--tertiary-no-outline">
                    {item.next}
                  </button>
                </li>
              </ul>
            </form>
          </>
        );
      })}
    </section>
  );
}
