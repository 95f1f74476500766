/** The one place where domain error codes become HTTP statuses and French titles. */

import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { DomainErrorCode } from "../domain/errors";

export const STATUS_BY_CODE: Record<DomainErrorCode, ContentfulStatusCode> = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

export const TITLE_BY_CODE: Record<DomainErrorCode, string> = {
  VALIDATION: "Des informations sont à corriger",
  UNAUTHENTICATED: "Connexion nécessaire",
  FORBIDDEN: "Accès refusé",
  NOT_FOUND: "Page introuvable",
  CONFLICT: "Action impossible",
};

export const UNEXPECTED_TITLE = "Une erreur inattendue est survenue";
export const UNEXPECTED_MESSAGE =
  "Votre action n'a pas pu aboutir et rien n'a été enregistré. Réessayez dans quelques instants ; si le problème continue, écrivez à l'équipe Cadre.";

/** The API's machine-readable error codes, by status. */
export const API_CODES: Partial<Record<number, string>> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "too_large",
  422: "validation",
  429: "rate_limited",
  500: "internal",
  502: "upstream_unavailable",
};
