/**
 * The error responses of the API, one per status, each with the one `code` the server sends
 * for it (src/web/http-errors.ts): the document and the server share the vocabulary.
 */

import { API_CODES } from "../http-errors";

const DESCRIPTIONS: Record<number, string> = {
  400: "Corps illisible (multipart mal formé, JSON invalide) : rien n'est enregistré.",
  401: "Jeton manquant, inconnu ou révoqué.",
  403: "Le rôle du jeton ne permet pas cette action.",
  404: "Introuvable, ou hors de l'organisation du jeton.",
  409: "La demande a changé depuis la version lue, ou l'action n'est pas possible dans son état.",
  413: "Corps trop grand (10 Mo par document, 6 documents ; 64 Ko pour un corps JSON).",
  422: "Des valeurs sont à corriger ; `fields` donne un message par champ, et les valeurs acceptées.",
  429: "Trop d'appels : attendre `Retry-After` secondes.",
  500: "Erreur inattendue : rien n'a été enregistré.",
};

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500;

function errorSchema(status: ErrorStatus) {
  return {
    type: "object",
    additionalProperties: false,
    required: ["error"],
    properties: {
      error: {
        type: "object",
        additionalProperties: false,
        required: ["code", "message"],
        properties: {
          code: { type: "string", const: API_CODES[status] },
          message: { type: "string", description: "En français, lisible par une personne." },
          fields: {
            type: "object",
            additionalProperties: { type: "string" },
            description: "Message par champ en erreur.",
          },
        },
      },
    },
  };
}

const rateLimitHeaders = {
  "Retry-After": { description: "Secondes avant de réessayer.", schema: { type: "integer" } },
  RateLimit: { description: "Limite, restant et remise à zéro.", schema: { type: "string" } },
};

/** The named error responses, for `components.responses`. */
export const ERROR_RESPONSES = Object.fromEntries(
  ([400, 401, 403, 404, 409, 413, 422, 429, 500] as const).map((status) => [
    `Error${status}`,
    {
      description: DESCRIPTIONS[status]!,
      ...(status === 429 ? { headers: rateLimitHeaders } : {}),
      content: { "application/json": { schema: errorSchema(status) } },
    },
  ]),
);

/** `{ "401": {$ref…}, … }` for an operation: every authenticated call can meet 401, 429 and 500. */
export function errors(...statuses: ErrorStatus[]) {
  const all = [...new Set<ErrorStatus>([401, ...statuses, 429, 500])].sort((a, b) => a - b);
  return Object.fromEntries(all.map((status) => [String(status), { $ref: `#/components/responses/Error${status}` }]));
}
