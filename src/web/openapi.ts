/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json (kept beside the routes it describes). */

const error = {
  description: "Erreur",
  content: {
    "application/json": {
      schema: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: {
                type: "string",
                enum: [
                  "bad_request",
                  "unauthenticated",
                  "forbidden",
                  "not_found",
                  "conflict",
                  "validation",
                  "rate_limited",
                  "internal",
                ],
              },
              message: { type: "string", description: "En français, lisible par une personne." },
              fields: {
                type: "object",
                additionalProperties: { type: "string" },
                description: "Message par champ en erreur.",
              },
            },
          },
        },
      },
    },
  },
};

const idParameter = { name: "id", in: "path", required: true, schema: { type: "integer" } };
const shortState = {
  type: "object",
  properties: { id: { type: "integer" }, state: { $ref: "#/components/schemas/State" }, version: { type: "integer" } },
};
const multipartFiling = {
  type: "object",
  required: ["use_case", "scopes"],
  properties: {
    use_case: { type: "string", description: "Clé du cas d'usage (ex. tarification-municipale-enfance)." },
    scopes: { type: "string", description: "Clés des données API Particulier, séparées par des virgules." },
    cadre_juridique_nature: { type: "string" },
    cadre_juridique_url: { type: "string", format: "uri" },
    documents: {
      type: "array",
      items: { type: "string", format: "binary" },
      description: "PDF, DOCX ou ODT, 10 Mo au plus, 6 au plus.",
    },
  },
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Cadre — API",
    version: "1",
    description:
      "Déposer et suivre des demandes d'accès à API Particulier pour le compte de collectivités, et instruire. Authentification : `Authorization: Bearer <jeton>` (jeton créé par `npm run --silent cadre -- token create`). Chaque jeton a un nombre d'appels limité par fenêtre de temps, et les envois de documents un nombre limité par utilisateur : au-delà, 429 `rate_limited` avec les en-têtes `Retry-After` et `RateLimit`. Un corps illisible (multipart mal formé, JSON invalide) reçoit 400 `bad_request` et rien n'est enregistré.",
  },
  servers: [{ url: "/api/v1" }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      State: { type: "string", enum: ["draft", "submitted", "tariff_act_requested", "accepted", "rejected"] },
    },
  },
  paths: {
    "/demandes": {
      post: {
        summary: "Déposer une demande (brouillon) avec ses documents",
        requestBody: { required: true, content: { "multipart/form-data": { schema: multipartFiling } } },
        responses: {
          "201": { description: "Créée", content: { "application/json": { schema: shortState } } },
          "400": error,
          "413": error,
          "422": error,
          "429": error,
          "401": error,
          "403": error,
        },
      },
      get: {
        summary: "Lister les demandes (celles de son organisation pour une collectivité)",
        parameters: [
          { name: "state", in: "query", schema: { $ref: "#/components/schemas/State" } },
          {
            name: "after",
            in: "query",
            schema: { type: "integer" },
            description: "Curseur : l'id de la dernière demande reçue.",
          },
          { name: "limit", in: "query", schema: { type: "integer", maximum: 200 } },
        ],
        responses: {
          "200": { description: "Une page de demandes et le lien de la suivante (`next`)." },
          "401": error,
          "422": error,
        },
      },
    },
    "/demandes/{id}": {
      get: {
        summary: "Une demande : état, version, données, documents, lecture, constats, suggestion, historique",
        parameters: [idParameter],
        responses: {
          "200": {
            description:
              "`annotation_status` vaut `pending` tant qu'un document attend sa lecture, `done` ensuite ; `signals`, `findings` et `suggestion` décrivent ce que Cadre a lu.",
          },
          "404": error,
        },
      },
    },
    "/demandes/{id}/documents": {
      post: {
        summary: "Ajouter des documents à un brouillon, ou l'acte tarifaire demandé",
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  kind: { type: "string", enum: ["deliberation", "acte_tarifaire", "annexe"] },
                  documents: { type: "array", items: { type: "string", format: "binary" } },
                },
              },
            },
          },
        },
        responses: {
          "201": { description: "La demande, à jour." },
          "400": error,
          "404": error,
          "413": error,
          "422": error,
          "429": error,
        },
      },
    },
    "/demandes/{id}/soumettre": {
      post: {
        summary: "Soumettre un brouillon, ou renvoyer la demande après l'acte tarifaire",
        parameters: [idParameter],
        requestBody: {
          content: { "application/json": { schema: { type: "object", properties: { version: { type: "integer" } } } } },
        },
        responses: {
          "200": { description: "Soumise", content: { "application/json": { schema: shortState } } },
          "400": error,
          "409": error,
          "413": error,
          "422": error,
        },
      },
    },
    "/demandes/{id}/decisions": {
      post: {
        summary: "Décider (instructeur) : valider, refuser, demander l'acte tarifaire",
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["decision", "version"],
                properties: {
                  decision: { type: "string", enum: ["accept", "reject", "request_tariff_act"] },
                  motivation: { type: "string", description: "Obligatoire pour reject et request_tariff_act." },
                  version: { type: "integer", description: "La version de la demande lue avant de décider." },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Décidée",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { state: { $ref: "#/components/schemas/State" }, version: { type: "integer" } },
                },
              },
            },
          },
          "400": error,
          "409": error,
          "413": error,
          "422": error,
          "403": error,
        },
      },
    },
    "/documents/a-lire": {
      get: {
        summary: "Lecture à distance (administrateur) : documents numérisés en attente de reconnaissance de caractères",
        responses: { "200": { description: "`{documents: [id…]}`" }, "403": error },
      },
    },
    "/documents/{id}/contenu": {
      get: {
        summary: "Lecture à distance (administrateur) : les octets du document",
        parameters: [idParameter],
        responses: { "200": { description: "Le fichier déposé." }, "403": error, "404": error },
      },
    },
    "/documents/{id}/lecture": {
      post: {
        summary: "Lecture à distance (administrateur) : le texte lu, pour que Cadre juge à nouveau la demande",
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["status", "text", "pageOffsets"],
                properties: {
                  status: { type: "string", enum: ["done", "failed"] },
                  text: { type: "string" },
                  pageOffsets: { type: "array", items: { type: "integer" } },
                  confidence: { type: "number" },
                  error: { type: "string" },
                },
              },
            },
          },
        },
        responses: { "200": { description: "Enregistré." }, "400": error, "403": error, "404": error, "422": error },
      },
    },
    "/courriels/reserver": {
      post: {
        summary:
          "Envoi à distance (administrateur) : réserve les courriels à envoyer, pour un répartiteur Node qui a un serveur SMTP",
        description:
          "Chaque courriel est réservé 10 minutes : aucun autre répartiteur ne le reçoit pendant ce temps. Renvoyez `claim` avec le résultat.",
        requestBody: {
          required: false,
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: { limit: { type: "integer", minimum: 1, maximum: 50, default: 10 } },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Les courriels réservés (liste vide : rien à envoyer).",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    emails: {
                      type: "array",
                      items: {
                        type: "object",
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
              },
            },
          },
          "400": error,
          "403": error,
          "413": error,
          "422": error,
        },
      },
    },
    "/courriels/{id}/resultat": {
      post: {
        summary:
          "Envoi à distance (administrateur) : le résultat d'un envoi ; un échec est retenté plus tard (1 min, 5 min, 30 min, 2 h, 12 h), puis abandonné",
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["sent", "claim"],
                properties: {
                  sent: { type: "boolean" },
                  error: { type: "string", description: "Obligatoire si `sent` vaut false." },
                  claim: { type: "integer" },
                },
              },
            },
          },
        },
        responses: {
          "200": { description: "`{id, status: sent|pending|failed, attempts, next_attempt_at}`" },
          "400": error,
          "403": error,
          "404": error,
          "409": error,
          "413": error,
          "422": error,
        },
      },
    },
    "/statistiques": {
      get: {
        summary: "Statistiques de décision sur une période",
        parameters: [
          { name: "from", in: "query", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", schema: { type: "string", format: "date" } },
        ],
        responses: { "200": { description: "Volumes, délais p50/p80 en jours, taux d'acceptation." }, "422": error },
      },
    },
  },
} as const;
