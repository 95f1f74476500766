/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json and rendered for people
 * at /api/docs. Kept beside the routes it describes; the tests check every response they receive
 * against it (test/support/openapi-validator.ts), so the two cannot drift apart.
 */

import { SCHEMAS } from "./openapi/components";
import { ERROR_RESPONSES, errors } from "./openapi/errors";

const ref = (name: keyof typeof SCHEMAS) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, name: keyof typeof SCHEMAS) => ({
  description,
  content: { "application/json": { schema: ref(name) } },
});
const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "L'identifiant numérique.",
  schema: { type: "integer", minimum: 1 },
};
const jsonBody = (schema: Record<string, unknown>, required = true) => ({
  required,
  content: { "application/json": { schema } },
});

const multipartFiling = {
  type: "object",
  required: ["use_case", "scopes"],
  properties: {
    use_case: ref("UseCase"),
    scopes: {
      type: "string",
      description: "Clés DataPass des données d'API Particulier (énumération `Scope`), séparées par des virgules.",
      examples: ["cnaf_quotient_familial,cnaf_adresse"],
    },
    cadre_juridique_nature: { type: "string", maxLength: 5000 },
    cadre_juridique_url: { type: "string", format: "uri" },
    documents: {
      type: "array",
      items: { type: "string", contentMediaType: "application/octet-stream" },
      description: "PDF, DOCX ou ODT, 10 Mo au plus, 6 au plus.",
    },
  },
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Cadre — API",
    version: "1",
    license: { name: "Licence Ouverte 2.0", identifier: "etalab-2.0" },
    description:
      "Déposer et suivre des demandes d'accès à API Particulier pour le compte de collectivités, et instruire. Les cas d'usage et les données se nomment avec les identifiants de DataPass (formulaires `api-particulier-…`, clés des données). Authentification : `Authorization: Bearer <jeton>` (jeton créé par `npm run --silent cadre -- token create`). Chaque jeton a un nombre d'appels limité par fenêtre de temps, et les envois de documents un nombre limité par utilisateur : au-delà, 429 `rate_limited` avec les en-têtes `Retry-After` et `RateLimit`. Un corps illisible (multipart mal formé, JSON invalide) reçoit 400 `bad_request` et rien n'est enregistré. Une méthode qu'aucune opération ne décrit à une adresse connue reçoit 405 `method_not_allowed`, avec l'en-tête `Allow` (les méthodes acceptées), et le même corps d'erreur `{ \"error\": { \"code\", \"message\" } }`.",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearer: [] }],
  tags: [
    { name: "demandes", description: "Déposer, suivre et instruire les demandes." },
    { name: "statistiques", description: "Les chiffres des décisions." },
    { name: "outils", description: "Lecture et envoi de courriels à distance, pour un jeton administrateur." },
    { name: "description", description: "Ce document." },
  ],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: SCHEMAS,
    responses: ERROR_RESPONSES,
  },
  paths: {
    "/openapi.json": {
      get: {
        operationId: "getOpenApi",
        tags: ["description"],
        summary: "Ce document (public, sans jeton)",
        security: [],
        responses: {
          "200": {
            description: "La description OpenAPI 3.1.",
            content: { "application/json": { schema: { type: "object" } } },
          },
          "500": { $ref: "#/components/responses/Error500" },
        },
      },
    },
    "/demandes": {
      post: {
        operationId: "createRequest",
        tags: ["demandes"],
        summary: "Déposer une demande (brouillon) avec ses documents",
        requestBody: { required: true, content: { "multipart/form-data": { schema: multipartFiling } } },
        responses: { "201": json("Créée.", "RequestCreated"), ...errors(400, 403, 413, 422) },
      },
      get: {
        operationId: "listRequests",
        tags: ["demandes"],
        summary: "Lister les demandes (celles de son organisation pour une collectivité)",
        parameters: [
          { name: "state", in: "query", schema: ref("State") },
          {
            name: "after",
            in: "query",
            schema: { type: "integer" },
            description: "Curseur : l'id de la dernière demande reçue.",
          },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 50 } },
        ],
        responses: {
          "200": json("Une page de demandes et le lien de la suivante (`next`).", "RequestPage"),
          ...errors(422),
        },
      },
    },
    "/demandes/{id}": {
      get: {
        operationId: "getRequest",
        tags: ["demandes"],
        summary: "Une demande : état, version, données, documents, lecture, constats, suggestion, historique",
        parameters: [idParameter],
        responses: {
          "200": json(
            "`annotation_status` vaut `pending` tant qu'un document attend sa lecture, `done` ensuite ; `signals`, `findings` et `suggestion` décrivent ce que Cadre a lu.",
            "RequestDetail",
          ),
          ...errors(404),
        },
      },
    },
    "/demandes/{id}/documents": {
      post: {
        operationId: "addDocuments",
        tags: ["demandes"],
        summary: "Ajouter des documents à un brouillon, ou l'acte tarifaire demandé",
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  kind: { type: "string", enum: ["deliberation", "acte_tarifaire", "annexe"], default: "deliberation" },
                  documents: { type: "array", items: { type: "string", contentMediaType: "application/octet-stream" } },
                },
              },
            },
          },
        },
        responses: { "201": json("La demande, à jour.", "RequestDetail"), ...errors(400, 403, 404, 409, 413, 422) },
      },
    },
    "/demandes/{id}/soumettre": {
      post: {
        operationId: "submitRequest",
        tags: ["demandes"],
        summary: "Soumettre un brouillon, ou renvoyer la demande après l'acte tarifaire",
        parameters: [idParameter],
        requestBody: jsonBody(
          {
            type: "object",
            properties: { version: { type: "integer", description: "Par défaut, la version actuelle." } },
          },
          false,
        ),
        responses: { "200": json("Soumise.", "RequestCreated"), ...errors(400, 403, 404, 409, 413, 422) },
      },
    },
    "/demandes/{id}/decisions": {
      post: {
        operationId: "decideRequest",
        tags: ["demandes"],
        summary: "Décider (instructeur) : valider, refuser, demander l'acte tarifaire",
        parameters: [idParameter],
        requestBody: jsonBody({
          type: "object",
          required: ["decision", "version"],
          properties: {
            decision: ref("Decision"),
            motivation: { type: "string", description: "Obligatoire pour reject et request_tariff_act." },
            version: { type: "integer", description: "La version de la demande lue avant de décider." },
          },
        }),
        responses: { "200": json("Décidée.", "DecisionResult"), ...errors(400, 403, 404, 409, 413, 422) },
      },
    },
    "/documents/a-lire": {
      get: {
        operationId: "listDocumentsToRead",
        tags: ["outils"],
        summary: "Lecture à distance (administrateur) : documents numérisés en attente de reconnaissance de caractères",
        responses: { "200": json("Les identifiants des documents à lire.", "DocumentsToRead"), ...errors(403) },
      },
    },
    "/documents/{id}/contenu": {
      get: {
        operationId: "getDocumentContent",
        tags: ["outils"],
        summary: "Lecture à distance (administrateur) : les octets du document",
        parameters: [idParameter],
        responses: {
          "200": {
            description: "Le fichier déposé.",
            content: {
              "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
            },
          },
          ...errors(403, 404),
        },
      },
    },
    "/documents/{id}/lecture": {
      post: {
        operationId: "storeReading",
        tags: ["outils"],
        summary: "Lecture à distance (administrateur) : le texte lu, pour que Cadre juge à nouveau la demande",
        parameters: [idParameter],
        requestBody: jsonBody({
          type: "object",
          required: ["status", "text", "pageOffsets"],
          properties: {
            status: { type: "string", enum: ["done", "failed"] },
            text: { type: "string" },
            pageOffsets: { type: "array", items: { type: "integer" } },
            confidence: { type: "number" },
            error: { type: "string" },
          },
        }),
        responses: { "200": json("Enregistré.", "ReadingStored"), ...errors(400, 403, 404, 409, 413, 422) },
      },
    },
    "/courriels/reserver": {
      post: {
        operationId: "claimEmails",
        tags: ["outils"],
        summary:
          "Envoi à distance (administrateur) : réserve les courriels à envoyer, pour un répartiteur Node qui a un serveur SMTP",
        description:
          "Chaque courriel est réservé 10 minutes : aucun autre répartiteur ne le reçoit pendant ce temps. Renvoyez `claim` avec le résultat.",
        requestBody: jsonBody(
          { type: "object", properties: { limit: { type: "integer", minimum: 1, maximum: 50, default: 10 } } },
          false,
        ),
        responses: {
          "200": json("Les courriels réservés (liste vide : rien à envoyer).", "ClaimedEmails"),
          ...errors(400, 403, 413, 422),
        },
      },
    },
    "/courriels/{id}/resultat": {
      post: {
        operationId: "storeEmailResult",
        tags: ["outils"],
        summary:
          "Envoi à distance (administrateur) : le résultat d'un envoi ; un échec est retenté plus tard (1 min, 5 min, 30 min, 2 h, 12 h), puis abandonné",
        parameters: [idParameter],
        requestBody: jsonBody({
          type: "object",
          required: ["sent", "claim"],
          properties: {
            sent: { type: "boolean" },
            error: { type: "string", description: "Obligatoire si `sent` vaut false." },
            claim: { type: "integer" },
          },
        }),
        responses: { "200": json("Le résultat enregistré.", "EmailResult"), ...errors(400, 403, 404, 409, 413, 422) },
      },
    },
    "/statistiques": {
      get: {
        operationId: "getStatistics",
        tags: ["statistiques"],
        summary: "Statistiques de décision sur une période",
        parameters: [
          { name: "from", in: "query", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", schema: { type: "string", format: "date" } },
        ],
        responses: {
          "200": json("Volumes, délais p50/p80 en jours, taux d'acceptation.", "Statistics"),
          ...errors(422),
        },
      },
    },
  },
} as const;
