/**
 * The schemas of the API's bodies, built from the same catalogues the server validates with, so
 * that an enum in the document is the list the server accepts (use cases, scopes, states…).
 */

import { DOCUMENT_KINDS } from "../../domain/document";
import { REQUEST_STATES } from "../../domain/request-state";
import { ROLES, SYSTEM_ROLE } from "../../domain/roles";
import { SCOPES } from "../../domain/scope-catalogue";
import { ACCEPTED_USE_CASE_VALUES, USE_CASES } from "../../domain/use-case-catalogue";
import { SIGNAL_KEYS } from "../../domain/signal-keys";

const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type: [type, "null"], ...extra });
const dateTime = { type: ["string", "null"], format: "date-time" };
const days = {
  type: "object",
  additionalProperties: false,
  required: ["p50", "p80"],
  properties: { p50: nullable("number"), p80: nullable("number") },
};
const evidence = {
  type: "object",
  additionalProperties: false,
  required: ["documentId", "start", "end", "page", "quote"],
  properties: {
    documentId: { type: "integer" },
    start: { type: "integer" },
    end: { type: "integer" },
    page: { type: "integer" },
    quote: { type: "string" },
  },
};

export const SCHEMAS = {
  State: {
    type: "string",
    enum: [...REQUEST_STATES],
    description:
      "draft : brouillon ; submitted : en instruction ; tariff_act_requested : acte tarifaire demandé ; accepted : validée ; rejected : refusée.",
  },
  UseCase: {
    type: "string",
    enum: [...ACCEPTED_USE_CASE_VALUES],
    description:
      "Le cas d'usage, nommé comme DataPass le nomme (identifiant de formulaire `api-particulier-…`, ou clé de cas d'usage DataPass quand un seul formulaire la porte) ou par la clé de Cadre. Les réponses donnent la clé de Cadre (`use_case`) et le formulaire DataPass (`datapass_form`).",
  },
  UseCaseKey: { type: "string", enum: USE_CASES.map((useCase) => useCase.key), description: "La clé de Cadre." },
  DatapassForm: {
    type: "string",
    enum: USE_CASES.map((useCase) => useCase.datapassForm),
    description: "L'identifiant du formulaire DataPass (`form_uid`).",
  },
  Scope: {
    type: "string",
    enum: SCOPES.map((scope) => scope.key),
    description: "Une donnée d'API Particulier, avec la clé de DataPass.",
  },
  Decision: { type: "string", enum: ["accept", "reject", "request_tariff_act"] },
  DocumentKind: { type: "string", enum: [...DOCUMENT_KINDS] },
  RequestCreated: {
    type: "object",
    additionalProperties: false,
    required: ["id", "state", "version"],
    properties: {
      id: { type: "integer" },
      state: { $ref: "#/components/schemas/State" },
      version: { type: "integer" },
    },
  },
  DecisionResult: {
    type: "object",
    additionalProperties: false,
    required: ["state", "version"],
    properties: { state: { $ref: "#/components/schemas/State" }, version: { type: "integer" } },
  },
  RequestSummary: {
    type: "object",
    additionalProperties: false,
    required: ["id", "state", "use_case", "datapass_form", "organisation", "submitted_at", "updated_at"],
    properties: {
      id: { type: "integer" },
      state: { $ref: "#/components/schemas/State" },
      use_case: { $ref: "#/components/schemas/UseCaseKey" },
      datapass_form: { $ref: "#/components/schemas/DatapassForm" },
      organisation: { type: "string" },
      submitted_at: dateTime,
      updated_at: dateTime,
    },
  },
  RequestPage: {
    type: "object",
    additionalProperties: false,
    required: ["demandes", "next"],
    properties: {
      demandes: { type: "array", items: { $ref: "#/components/schemas/RequestSummary" } },
      next: nullable("string", { description: "Le chemin de la page suivante, ou null." }),
    },
  },
  Document: {
    type: "object",
    additionalProperties: false,
    required: [
      "id",
      "kind",
      "name",
      "media_type",
      "size",
      "sha256",
      "reading_status",
      "reading_error",
      "reading_method",
    ],
    properties: {
      id: { type: "integer" },
      kind: { $ref: "#/components/schemas/DocumentKind" },
      name: { type: "string" },
      media_type: { type: "string" },
      size: { type: "integer" },
      sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
      reading_status: { type: "string", enum: ["pending", "done", "needs_ocr", "failed", "manual"] },
      reading_error: nullable("string"),
      reading_method: nullable("string"),
    },
  },
  Finding: {
    type: "object",
    additionalProperties: false,
    required: ["ruleId", "status", "messageId", "message", "evidence"],
    properties: {
      ruleId: { type: "string" },
      status: { type: "string", enum: ["pass", "fail", "warning", "info"] },
      messageId: { type: "string" },
      message: { type: "string" },
      scope: { $ref: "#/components/schemas/Scope" },
      evidence: { type: "array", items: evidence },
    },
  },
  ScopeVerdict: {
    type: "object",
    additionalProperties: false,
    required: ["scope", "status", "justified", "message", "evidence"],
    properties: {
      scope: { $ref: "#/components/schemas/Scope" },
      status: {
        type: "string",
        enum: ["pass", "fail", "warning"],
        description:
          "pass : justifiée (avec le passage) ; fail : non justifiée (critère absent ou écarté par l'acte) ; warning : à vérifier (passage à lire, ou texte douteux).",
      },
      justified: { type: "boolean", description: "status = pass." },
      message: { type: "string" },
      evidence: { type: "array", items: evidence },
    },
  },
  Event: {
    type: "object",
    additionalProperties: false,
    required: ["type", "from_state", "to_state", "actor_role", "at"],
    properties: {
      type: { type: "string", description: "created, submit, accept, reject, request_tariff_act, datapass_approve…" },
      from_state: nullable("string"),
      to_state: nullable("string"),
      actor_role: { enum: [...ROLES, SYSTEM_ROLE, null] },
      motivation: { type: "string" },
      at: { type: "string", format: "date-time" },
    },
  },
  DatapassLink: {
    type: "object",
    additionalProperties: false,
    required: ["id", "public_id", "state", "url", "documents_note"],
    properties: {
      id: { type: "integer", description: "L'identifiant de la demande dans DataPass." },
      public_id: nullable("string"),
      state: { type: "string", description: "Le dernier état connu dans DataPass." },
      url: { type: "string", format: "uri", description: "La demande dans DataPass." },
      documents_note: { type: "string" },
    },
  },
  RequestDetail: {
    type: "object",
    additionalProperties: false,
    required: [
      "id",
      "state",
      "version",
      "use_case",
      "datapass_form",
      "organisation",
      "scopes",
      "cadre_juridique_nature",
      "cadre_juridique_url",
      "created_at",
      "submitted_at",
      "decided_at",
      "documents",
      "annotation_status",
      "signals",
      "scope_verdicts",
      "findings",
      "suggestion",
      "events",
      "datapass",
    ],
    properties: {
      id: { type: "integer" },
      state: { $ref: "#/components/schemas/State" },
      version: { type: "integer" },
      use_case: { $ref: "#/components/schemas/UseCaseKey" },
      datapass_form: { $ref: "#/components/schemas/DatapassForm" },
      organisation: {
        type: "object",
        additionalProperties: false,
        required: ["siret", "name"],
        properties: { siret: { type: "string", pattern: "^\\d{14}$" }, name: { type: "string" } },
      },
      scopes: { type: "array", items: { $ref: "#/components/schemas/Scope" } },
      cadre_juridique_nature: { type: "string" },
      cadre_juridique_url: nullable("string", { format: "uri" }),
      created_at: { type: "string", format: "date-time" },
      submitted_at: dateTime,
      decided_at: dateTime,
      documents: { type: "array", items: { $ref: "#/components/schemas/Document" } },
      annotation_status: { type: "string", enum: ["pending", "done"] },
      signals: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: [...SIGNAL_KEYS],
            properties: Object.fromEntries(SIGNAL_KEYS.map((key) => [key, { type: "boolean" }])),
          },
          { type: "null" },
        ],
      },
      scope_verdicts: { type: "array", items: { $ref: "#/components/schemas/ScopeVerdict" } },
      findings: { type: "array", items: { $ref: "#/components/schemas/Finding" } },
      suggestion: {
        oneOf: [
          {
            type: "object",
            additionalProperties: false,
            required: ["decision", "motivation"],
            properties: {
              decision: { $ref: "#/components/schemas/Decision" },
              motivation: { type: "string" },
              toCheck: {
                type: "array",
                items: { type: "string" },
                description: "Pour l'instructeur : les données « à vérifier » et le passage à lire.",
              },
            },
          },
          { type: "null" },
        ],
      },
      events: { type: "array", items: { $ref: "#/components/schemas/Event" } },
      datapass: {
        oneOf: [{ $ref: "#/components/schemas/DatapassLink" }, { type: "null" }],
        description: "Le lien vers DataPass quand la demande en vient (null sinon).",
      },
    },
  },
  Statistics: {
    type: "object",
    additionalProperties: false,
    required: [
      "from",
      "to",
      "submitted",
      "decided",
      "accepted",
      "rejected",
      "tariff_act_requested",
      "acceptance_rate",
      "first_response_days",
      "decision_days",
    ],
    properties: {
      from: dateTime,
      to: dateTime,
      submitted: { type: "integer" },
      decided: { type: "integer" },
      accepted: { type: "integer" },
      rejected: { type: "integer" },
      tariff_act_requested: { type: "integer" },
      acceptance_rate: nullable("number", { minimum: 0, maximum: 1 }),
      first_response_days: days,
      decision_days: days,
    },
  },
  DocumentsToRead: {
    type: "object",
    additionalProperties: false,
    required: ["documents"],
    properties: { documents: { type: "array", items: { type: "integer" } } },
  },
  ReadingStored: {
    type: "object",
    additionalProperties: false,
    required: ["id", "stored"],
    properties: { id: { type: "integer" }, stored: { const: true } },
  },
  ClaimedEmails: {
    type: "object",
    additionalProperties: false,
    required: ["emails"],
    properties: {
      emails: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["id", "to", "subject", "text", "claim"],
          properties: {
            id: { type: "integer" },
            to: { type: "string" },
            subject: { type: "string" },
            text: { type: "string" },
            claim: { type: "integer", description: "La réservation, à renvoyer avec le résultat." },
          },
        },
      },
    },
  },
  EmailResult: {
    type: "object",
    additionalProperties: false,
    required: ["id", "status", "attempts", "next_attempt_at"],
    properties: {
      id: { type: "integer" },
      status: { type: "string", enum: ["sent", "pending", "failed"] },
      attempts: { type: "integer" },
      next_attempt_at: dateTime,
    },
  },
} as const;
