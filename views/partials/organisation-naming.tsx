/**
 * The form that names an organisation first met through a sign-in (called by its SIRET until
 * then): its agent sees it at the top of "Mes demandes", admins see one per organisation to name.
 */

import { ORGANISATION_KINDS, ORGANISATION_KIND_LABELS } from "../../src/domain/organisation";
import { FieldError, TextInput } from "../components/form-fields";

export interface NamingFormState {
  readonly values: { readonly name: string; readonly kind: string; readonly departement: string };
  readonly errors: Readonly<Record<string, string>>;
}

export function OrganisationNamingForm(props: {
  action: string;
  /** Unique per page: ids of the fields. */
  idPrefix: string;
  siret: string;
  /** The name the company directory gave, offered until someone names it. */
  knownName?: string;
  state?: NamingFormState;
  submitLabel: string;
}) {
  const values = props.state?.values ?? { name: props.knownName ?? "", kind: "", departement: "" };
  const errors = props.state?.errors ?? {};
  const id = (field: string) => `${props.idPrefix}-${field}`;
  return (
    <form method="post" action={props.action} class="cadre-narrow-form">
      <TextInput
        id={id("nom")}
        name="nom"
        label="Nom de l'organisation"
        hint={`Tel qu'il apparaîtra aux instructeurs, par exemple « Commune de Plouzané » (SIRET ${props.siret}).`}
        value={values.name}
        error={errors.nom}
      />
      <div class={`fr-select-group${errors.type ? " fr-select-group--error" : ""}`}>
        <label class="fr-label" for={id("type")}>
          Type d'organisation
        </label>
        <select
          class="fr-select"
          id={id("type")}
          name="type"
          aria-describedby={errors.type ? `${id("type")}-erreur` : undefined}
        >
          <option value="">Choisir</option>
          {ORGANISATION_KINDS.map((kind) => (
            <option value={kind} selected={values.kind === kind}>
              {ORGANISATION_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <FieldError id={id("type")} message={errors.type} />
      </div>
      <TextInput
        id={id("departement")}
        name="departement"
        label="Département"
        hint="Son numéro : 29, 2A, 974…"
        value={values.departement}
        error={errors.departement}
      />
      <button type="submit" class="fr-btn fr-mt-1w">
        {props.submitLabel}
      </button>
    </form>
  );
}
