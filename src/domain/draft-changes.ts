/**
 * What an edit of a draft changed, field by field, with the values before and after: the
 * history shows it ("Brouillon modifié" alone told nothing), and an edit that changes nothing
 * writes nothing.
 */

import type { RequestInput } from "./request-input";

export const CHANGED_FIELDS = ["useCase", "legalFrameworkText", "legalFrameworkUrl"] as const;
export type ChangedField = (typeof CHANGED_FIELDS)[number];

interface FieldChange {
  readonly field: ChangedField;
  readonly before: string | null;
  readonly after: string | null;
}

export interface DraftChanges {
  readonly added: string[];
  readonly removed: string[];
  readonly changes: FieldChange[];
}

export function draftChanges(before: RequestInput, after: RequestInput): DraftChanges {
  return {
    added: after.scopes.filter((scope) => !before.scopes.includes(scope)),
    removed: before.scopes.filter((scope) => !after.scopes.includes(scope)),
    changes: CHANGED_FIELDS.filter((field) => (before[field] || null) !== (after[field] || null)).map((field) => ({
      field,
      before: before[field] || null,
      after: after[field] || null,
    })),
  };
}

export function isUnchanged(changes: DraftChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changes.length === 0;
}
