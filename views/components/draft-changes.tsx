/**
 * An edit of a draft in the history: each changed field with its value before and after (data
 * added and removed are listed by the history itself). Edits logged before the values were kept
 * say what changed without the values.
 */

import { CHANGED_FIELDS, type ChangedField } from "../../src/domain/draft-changes";
import { useCaseLabel } from "../../src/domain/use-case-catalogue";

const FIELD_LABELS: Record<ChangedField, string> = {
  useCase: "Cas d'usage",
  legalFrameworkText: "Texte du cadre juridique",
  legalFrameworkUrl: "Adresse du cadre juridique",
};

const shown = (field: ChangedField, value: unknown) =>
  typeof value !== "string" || value === "" ? "(vide)" : field === "useCase" ? useCaseLabel(value) : value;

export function DraftChangesList({ payload }: { payload: Record<string, unknown> }) {
  const changes = Array.isArray(payload.changes)
    ? (payload.changes as { field: string; before: unknown; after: unknown }[]).filter(
        (change): change is { field: ChangedField; before: unknown; after: unknown } =>
          (CHANGED_FIELDS as readonly string[]).includes(change.field),
      )
    : [];
  const legacy = [
    typeof payload.useCase === "string" ? `Cas d'usage changé pour « ${useCaseLabel(payload.useCase)} »` : null,
    payload.legalFramework === true ? "Cadre juridique modifié (texte précédent non conservé)" : null,
  ].filter((line): line is string => line !== null);
  if (changes.length === 0 && legacy.length === 0) return null;
  return (
    <ul class="fr-text--sm fr-mb-0 cadre-changes">
      {changes.map((change) => (
        <li>
          {FIELD_LABELS[change.field]} :
          <span class="cadre-changes__value">
            <span class="fr-text--bold">avant</span> {shown(change.field, change.before)}
          </span>
          <span class="cadre-changes__value">
            <span class="fr-text--bold">après</span> {shown(change.field, change.after)}
          </span>
        </li>
      ))}
      {legacy.map((line) => (
        <li>{line}</li>
      ))}
    </ul>
  );
}
