/** DSFR form fields that show the server's French message beside the field in error. */

import type { JSX } from "hono/jsx/jsx-runtime";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="fr-error-text" id={`${id}-erreur`}>
      {message}
    </p>
  );
}

interface TextAreaProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value?: string;
  readonly error?: string;
  readonly required?: boolean;
  readonly rows?: number;
}

export function TextArea({ id, name, label, hint, value, error, required, rows = 5 }: TextAreaProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        class={`fr-input${error ? " fr-input--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-describedby={error ? `${id}-erreur` : undefined}
      >
        {value ?? ""}
      </textarea>
    </FieldGroup>
  );
}

/** The DSFR input group around one field: its label and hint, the field, the server's message. */
function FieldGroup(props: { id: string; label: string; hint?: string; error?: string; children: JSX.Element }) {
  return (
    <div class={`fr-input-group${props.error ? " fr-input-group--error" : ""}`}>
      <label class="fr-label" for={props.id}>
        {props.label}
        {props.hint ? <span class="fr-hint-text">{props.hint}</span> : null}
      </label>
      {props.children}
      <FieldError id={props.id} message={props.error} />
    </div>
  );
}

/** A DSFR select for filters: an empty "Tous" choice first, then the options. */
export function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div class="fr-select-group">
      <label class="fr-label" for={props.id}>
        {props.label}
      </label>
      <select class="fr-select" id={props.id} name={props.name}>
        <option value="">Tous</option>
        {props.options.map((option) => (
          <option value={option.value} selected={props.value === option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextInputProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly value?: string;
  readonly error?: string;
  readonly type?: "text" | "email";
  readonly autocomplete?: string;
}

export function TextInput({ id, name, label, hint, value, error, type = "text", autocomplete }: TextInputProps) {
  return (
    <FieldGroup id={id} label={label} hint={hint} error={error}>
      <input
        class={`fr-input${error ? " fr-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        value={value ?? ""}
        autocomplete={autocomplete}
        aria-describedby={error ? `${id}-erreur` : undefined}
      />
    </FieldGroup>
  );
}
