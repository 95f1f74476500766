/**
 * The three decisions, one box each, in a single form: it posts the version the instructor saw
 * and every box's text (`motivation-<path>`) to the address of the button clicked (`formaction`).
 * One form so that nothing typed is lost: a refused decision (409, 422) and a template's choice
 * both come back with every box's text. Plain form: it works without JavaScript and redirects
 * after success, to the request or, with "… et passer à la suivante", to the next one in the
 * queue's current filters and order. « Utiliser » a template fills its own box only: without
 * JavaScript it sends the whole form by GET to the review page; htmx sends the same and swaps
 * that box alone. A text typed for a decision that is no longer possible (someone decided first)
 * is shown apart, to copy.
 */

import { DECISION_PATHS, type Decision } from "../../src/domain/decisions";
import { nextState, type RequestState } from "../../src/domain/request-state";
import type { Suggestion } from "../../src/services/read-models";
import { TextArea } from "../components/form-fields";

export interface DecisionFormState {
  /** The form sent ("accept", "reject", "request_tariff_act", "message" or "reopen"), whose errors these are. */
  readonly decision: string;
  readonly motivation: string;
  readonly errors: Readonly<Record<string, string>>;
  /** Every decision box's text as it was sent, by decision; a box not listed shows the suggestion. */
  readonly texts?: Readonly<Partial<Record<Decision, string>>>;
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

type Box = (typeof FORMS)[number];
type Template = { id: number; name: string; decision: string };

/** The text a box held when the page was sent, if the page came back with it. */
function sentText(form: DecisionFormState | undefined, decision: Decision): string | undefined {
  return form?.texts?.[decision] ?? (form?.decision === decision ? form.motivation : undefined);
}

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
  /** The annotator's draft goes into the box of the decision it suggests, ready to edit. */
  suggestion?: Suggestion | null;
  actionSuffix?: string;
  /** Admins' templates, offered above the box of their decision. */
  templates?: readonly Template[];
}) {
  const available = FORMS.filter((item) => nextState(state, item.decision) !== null);
  const drafted = (decision: Decision) => (suggestion?.decision === decision ? suggestion.motivation : undefined);
  // The annotator's draft left as it was is not the instructor's text: the reading panel shows it.
  const stranded = FORMS.filter((item) => !available.includes(item)).flatMap((item) => {
    const text = sentText(form, item.decision);
    return text?.trim() && text !== drafted(item.decision) ? [{ title: item.title, text }] : [];
  });
  const keptText = stranded.length > 0 ? <StrandedTexts texts={stranded} /> : null;
  if (available.length === 0)
    return (
      <>
        {keptText}
        <p class="fr-text--sm">Cette demande n'attend pas de décision.</p>
      </>
    );
  const queue = new URLSearchParams(actionSuffix.replace(/^\?/, ""));
  return (
    <section aria-labelledby="decision">
      <h2 id="decision" class="fr-h4">
        Décision
      </h2>
      {keptText}
      {/* No action of its own: each button names its address (formaction). With no text input,
          Enter cannot send the form without one. */}
      <form method="post" id="form-decision">
        <input type="hidden" name="version" value={String(version)} />
        {/* The queue's context, for « Utiliser » (a GET); the decisions carry it in their address. */}
        {[...queue].map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {available.map((item) => (
          <DecisionBox
            item={item}
            requestId={requestId}
            actionSuffix={actionSuffix}
            templates={templates.filter((template) => template.decision === item.decision)}
            text={sentText(form, item.decision) ?? drafted(item.decision)}
            error={form?.decision === item.decision ? form.errors.motivation : undefined}
          />
        ))}
      </form>
    </section>
  );
}

function DecisionBox(props: {
  item: Box;
  requestId: number;
  actionSuffix: string;
  templates: readonly Template[];
  text: string | undefined;
  error: string | undefined;
}) {
  const { item } = props;
  const action = `/instruction/demandes/${props.requestId}/${item.path}${props.actionSuffix}`;
  return (
    <div class="fr-mb-4w" id={`form-${item.path}`} role="group" aria-label={item.title}>
      {props.templates.length > 0 ? (
        <TemplateChoice path={item.path} requestId={props.requestId} templates={props.templates} />
      ) : null}
      <div id={`zone-motivation-${item.path}`}>
        <TextArea
          id={`motivation-${item.path}`}
          name={`motivation-${item.path}`}
          label={`Motivation — ${item.title.toLowerCase()}`}
          hint={item.hint}
          value={props.text}
          error={props.error}
          rows={4}
        />
      </div>
      <ul class="fr-btns-group fr-btns-group--sm fr-mt-1w">
        <li>
          <button type="submit" formaction={action} class={item.buttonClass}>
            {item.button}
          </button>
        </li>
        <li>
          <button type="submit" formaction={action} name="suite" value="1" class="fr-btn fr-btn--tertiary-no-outline">
            {item.next}
          </button>
        </li>
      </ul>
    </div>
  );
}

/**
 * « Utiliser » asks the review page by GET, not by a POST: choosing a template writes nothing,
 * and the page it brings back, every box's text in its address, can be reloaded. Without
 * JavaScript the browser sends the whole form there; htmx sends it too and swaps this box only.
 */
function TemplateChoice(props: { path: string; requestId: number; templates: readonly Template[] }) {
  const page = `/instruction/demandes/${props.requestId}`;
  const zone = `#zone-motivation-${props.path}`;
  return (
    <div class="cadre-inline-form fr-mb-1w">
      <label class="fr-label" for={`modele-${props.path}`}>
        Modèle
      </label>
      <select class="fr-select" id={`modele-${props.path}`} name={`modele-${props.path}`}>
        {props.templates.map((template) => (
          <option value={String(template.id)}>{template.name}</option>
        ))}
      </select>
      <button
        type="submit"
        class="fr-btn fr-btn--sm fr-btn--tertiary"
        formaction={page}
        formmethod="get"
        name="utiliser"
        value={props.path}
        hx-get={page}
        // htmx swaps this box alone: it needs the template and the queue's context, not the texts
        // (which could make the address longer than a server accepts).
        hx-include={`#modele-${props.path}, #form-decision input[type=hidden]`}
        hx-select={zone}
        hx-target={zone}
        hx-swap="outerHTML"
        hx-push-url="false"
      >
        Utiliser
      </button>
    </div>
  );
}

/** Texts typed for decisions no longer possible (someone decided first), to copy. */
function StrandedTexts({ texts }: { texts: readonly { title: string; text: string }[] }) {
  return (
    <div class="fr-callout fr-mb-3w">
      <h3 class="fr-callout__title fr-h6">
        {texts.length > 1 ? "Vos textes, non envoyés" : "Votre texte, non envoyé"}
      </h3>
      {texts.map(({ title, text }) => (
        <>
          <p class="fr-callout__text fr-text--sm fr-mb-1v">Pour « {title} » :</p>
          <blockquote class="cadre-motivation">{text}</blockquote>
        </>
      ))}
    </div>
  );
}
