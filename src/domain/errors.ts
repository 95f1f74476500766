/**
 * Typed domain errors. Services throw them; only src/web/http-errors.ts turns them into HTTP,
 * so the domain never knows about status codes.
 */

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "VALIDATION";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Per-field French messages, for forms that show an error beside each field. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(code: DomainErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fields = fields;
  }
}

export const notFound = (message = "Cette demande est introuvable.") => new DomainError("NOT_FOUND", message);
export const forbidden = (message = "Vous n'avez pas le droit de faire cette action.") =>
  new DomainError("FORBIDDEN", message);
export const conflict = (message: string) => new DomainError("CONFLICT", message);
export const invalid = (message: string, fields: Record<string, string> = {}) =>
  new DomainError("VALIDATION", message, fields);

/** A setting that cannot run (read once at start): the entries stop with its one French line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
