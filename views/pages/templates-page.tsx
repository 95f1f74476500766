/** Motivation templates, for admins: list, write, change, delete; the variables are listed. */

import { TEMPLATE_VARIABLES } from "../../src/domain/message-template";
import { Alert } from "../components/alert";
import { DECISION_LABELS } from "../components/reading-labels";
import { FieldError, TextArea } from "../components/form-fields";
import type { Viewer } from "../components/viewer";
import { Page } from "../layouts/page";

/** A motivation template as the page shows it. */
interface TemplateItem {
  readonly id: number;
  readonly name: string;
  readonly decision: string;
  readonly body: string;
}

export interface TemplatesPageProps {
  readonly viewer: Viewer;
  readonly templates: readonly TemplateItem[];
  readonly editing?: { id?: number; name: string; decision: string; body: string };
  readonly errors?: Readonly<Record<string, string>>;
  readonly message?: string;
}

export function TemplatesPage({ viewer, templates, editing, errors = {}, message }: TemplatesPageProps) {
  const current = editing ?? { name: "", decision: "request_tariff_act", body: "" };
  return (
    <Page title="Modèles de motivation" viewer={viewer} currentPath="/admin/modeles">
      <h1>Modèles de motivation</h1>
      {message ? <Alert kind="error" title={message} /> : null}
      <p>
        Variables disponibles :{" "}
        {Object.entries(TEMPLATE_VARIABLES).map(([name, label], index) => (
          <>
            {index > 0 ? ", " : ""}
            <code>{`{{${name}}}`}</code> ({label.toLowerCase()})
          </>
        ))}
        .
      </p>
      {templates.map((template) => (
        <section class="fr-mb-3w">
          <h2 class="fr-h6">
            {template.name} — {DECISION_LABELS[template.decision] ?? template.decision}
          </h2>
          <p class="cadre-motivation">{template.body}</p>
          <ul class="fr-btns-group fr-btns-group--inline-sm">
            <li>
              <a class="fr-btn fr-btn--sm fr-btn--secondary" href={`/admin/modeles?modifier=${template.id}`}>
                Modifier
              </a>
            </li>
            <li>
              <form method="post" action={`/admin/modeles/${template.id}/supprimer`}>
                <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                  Supprimer
                </button>
              </form>
            </li>
          </ul>
        </section>
      ))}
      <h2 class="fr-h4">{current.id ? "Modifier le modèle" : "Nouveau modèle"}</h2>
      <form method="post" action="/admin/modeles">
        {current.id ? <input type="hidden" name="id" value={String(current.id)} /> : null}
        <div class={`fr-input-group${errors.nom ? " fr-input-group--error" : ""}`}>
          <label class="fr-label" for="modele-nom">
            Nom
          </label>
          <input class="fr-input" id="modele-nom" name="nom" value={current.name} />
          <FieldError id="modele-nom" message={errors.nom} />
        </div>
        <div class={`fr-select-group${errors.decision ? " fr-select-group--error" : ""}`}>
          <label class="fr-label" for="modele-decision">
            Décision
          </label>
          <select class="fr-select" id="modele-decision" name="decision">
            {Object.entries(DECISION_LABELS).map(([value, label]) => (
              <option value={value} selected={current.decision === value}>
                {label}
              </option>
            ))}
          </select>
          <FieldError id="modele-decision" message={errors.decision} />
        </div>
        <TextArea id="modele-texte" name="texte" label="Texte" value={current.body} error={errors.texte} rows={8} />
        <button type="submit" class="fr-btn fr-mt-2w">
          Enregistrer
        </button>
      </form>
    </Page>
  );
}
