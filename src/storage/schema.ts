/**
 * The drizzle schema: the one description of Cadre's tables, from which drizzle-kit writes
 * migrations/ for both libSQL and D1. Times are unix milliseconds (integers) so that
 * statistics and keyset pagination compare numbers, not strings.
 */

import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () => integer("created_at").notNull();

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    siret: text("siret").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    departement: text("departement").notNull(),
    createdAt: createdAt(),
  },
  // The queue's département filter starts from the département's organisations.
  (table) => [index("organisations_departement_idx").on(table.departement)],
);

/**
 * What happened to an organisation itself (its name given at the first visit, by its agent or
 * an admin), with who did it and the values before and after: request events need a request.
 */
export const organisationEvents = sqliteTable(
  "organisation_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    actorId: integer("actor_id").references(() => users.id),
    type: text("type").notNull(),
    payload: text("payload").notNull().default("{}"),
    createdAt: createdAt(),
  },
  (table) => [index("organisation_events_organisation_idx").on(table.organisationId, table.createdAt)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  // By role and name: the instructors' list on every queue and review page, among thousands of agents.
  (table) => [
    index("users_organisation_idx").on(table.organisationId),
    index("users_role_name_idx").on(table.role, table.name),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: integer("expires_at").notNull(),
    /** The provider's ID token when the user came through OpenID Connect: the hint sign-out sends it. */
    idToken: text("id_token"),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/** API bearer tokens: only their SHA-256 is stored, the token itself is shown once. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    label: text("label").notNull().default(""),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (table) => [index("api_tokens_user_idx").on(table.userId)],
);

export const requests = sqliteTable(
  "requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    createdById: integer("created_by_id")
      .notNull()
      .references(() => users.id),
    useCase: text("use_case").notNull(),
    legalFrameworkText: text("legal_framework_text").notNull().default(""),
    legalFrameworkUrl: text("legal_framework_url"),
    state: text("state").notNull(),
    // Bumped by every change; a write names the version it read (optimistic concurrency).
    version: integer("version").notNull(),
    assignedInstructorId: integer("assigned_instructor_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull(),
    // First submission and latest (re)submission: the queue sorts on the latter.
    firstSubmittedAt: integer("first_submitted_at"),
    submittedAt: integer("submitted_at"),
    decidedAt: integer("decided_at"),
  },
  (table) => [
    index("requests_state_submitted_idx").on(table.state, table.submittedAt, table.id),
    // The queue's orders by last change (newest or oldest first): keyset pages on this index too.
    index("requests_state_updated_idx").on(table.state, table.updatedAt, table.id),
    index("requests_organisation_idx").on(table.organisationId, table.updatedAt),
    // A département filter then reads each organisation's requests of the tab, in the tab's order.
    index("requests_organisation_state_idx").on(table.organisationId, table.state, table.submittedAt, table.id),
    index("requests_assigned_idx").on(table.assignedInstructorId, table.state),
  ],
);

/**
 * How many requests are in each state, per instructor they are assigned to (0: nobody): the
 * queue's tab counts without counting. Kept by triggers on `requests` (the queue_counters
 * migration), so every write that changes a state or an assignment updates them in its own
 * batch, on libSQL and D1.
 */
export const queueCounters = sqliteTable(
  "queue_counters",
  {
    state: text("state").notNull(),
    assignedInstructorId: integer("assigned_instructor_id").notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.state, table.assignedInstructorId] })],
);

export const requestScopes = sqliteTable(
  "request_scopes",
  {
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    scope: text("scope").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.scope] }),
    index("request_scopes_scope_idx").on(table.scope),
  ],
);

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    kind: text("kind").notNull(),
    name: text("name").notNull(),
    // Sniffed from the bytes, never taken from the upload's name or header.
    mediaType: text("media_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    chunkCount: integer("chunk_count").notNull(),
    uploadedById: integer("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    // Set when the retention period removed the bytes and the text; name and digest remain as proof.
    purgedAt: integer("purged_at"),
    // An act Cadre fetched itself from the address the request gives (not an upload): where and when.
    sourceUrl: text("source_url"),
    fetchedAt: integer("fetched_at"),
  },
  (table) => [index("documents_request_idx").on(table.requestId)],
);

/** Document bytes, split below D1's 2 MB row limit. */
export const documentChunks = sqliteTable(
  "document_chunks",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id),
    seq: integer("seq").notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.documentId, table.seq] })],
);

export const documentTexts = sqliteTable("document_texts", {
  documentId: integer("document_id")
    .primaryKey()
    .references(() => documents.id),
  // pending | done | manual | failed: the instructor never sees a silent empty text.
  status: text("status").notNull(),
  method: text("method"),
  text: text("text").notNull().default(""),
  // JSON array of the text offset where each page starts.
  pageOffsets: text("page_offsets").notNull().default("[0]"),
  confidence: real("confidence"),
  error: text("error"),
  extractedAt: integer("extracted_at"),
});

/**
 * The guide's findings for a request, read across all its documents (a scope is justified as
 * soon as one document holds the passage). Derived data: recomputed whenever a document is
 * read or the requested scopes change. Evidence ranges name their document.
 */
export const findings = sqliteTable(
  "findings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    ruleId: text("rule_id").notNull(),
    status: text("status").notNull(),
    scope: text("scope"),
    message: text("message").notNull(),
    // JSON array of {documentId, start, end, page, quote}.
    evidence: text("evidence").notNull().default("[]"),
    createdAt: createdAt(),
  },
  (table) => [
    index("findings_request_idx").on(table.requestId),
    index("findings_rule_idx").on(table.ruleId, table.status),
  ],
);

/** The annotator's whole answer for a request (signals, evidence, findings, suggestion), as JSON. */
export const requestAnnotations = sqliteTable("request_annotations", {
  requestId: integer("request_id")
    .primaryKey()
    .references(() => requests.id),
  // Which rule set produced it, so a new rule set knows what to read again.
  rulesVersion: text("rules_version").notNull(),
  annotation: text("annotation").notNull(),
  annotatedAt: integer("annotated_at").notNull(),
});

export const decisions = sqliteTable(
  "decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    decision: text("decision").notNull(),
    motivation: text("motivation").notNull().default(""),
    // The request version this decision produced: one decision per version.
    requestVersion: integer("request_version").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("decisions_request_idx").on(table.requestId)],
);

export const messages = sqliteTable(
  "messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("messages_request_idx").on(table.requestId, table.createdAt)],
);

/**
 * Append-only event log (triggers forbid UPDATE and DELETE). Each version of a request is
 * produced by exactly one event: the unique (request_id, request_version) index is what
 * refuses the second of two concurrent writes inside its batch.
 */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    // Null for events that change no version (messages, assignment).
    requestVersion: integer("request_version"),
    actorId: integer("actor_id").references(() => users.id),
    type: text("type").notNull(),
    fromState: text("from_state"),
    toState: text("to_state"),
    payload: text("payload").notNull().default("{}"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("events_request_version_idx").on(table.requestId, table.requestVersion),
    index("events_type_created_idx").on(table.type, table.createdAt),
    // One tariff-act reminder per round (the request version the reminder follows up): the
    // second of two overlapping cron runs fails inside its batch, e-mails included.
    uniqueIndex("events_reminder_round_idx")
      .on(table.requestId, sql`json_extract(${table.payload}, '$.round')`)
      .where(sql`${table.type} = 'tariff_act_reminder'`),
  ],
);

/**
 * The audit chain: each sealed event gets the hash of the previous seal and its own, so a
 * change to any past event (even by someone who drops the append-only triggers) breaks every
 * hash after it. Sealing is done by one job after the fact, because concurrent batches cannot
 * safely read "the previous hash" themselves. The hash is an HMAC under the key named by `kid`
 * (src/domain/audit-chain.ts); seals made before keys existed keep the kid "sha256".
 */
export const eventSeals = sqliteTable("event_seals", {
  eventId: integer("event_id")
    .primaryKey()
    .references(() => events.id),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
  sealedAt: integer("sealed_at").notNull(),
  kid: text("kid").notNull().default("sha256"),
});

/**
 * What admins changed outside any request (accounts, tokens, templates, webhooks), append-only
 * like `events`, whose rows all belong to a request. Written in the same batch as the change.
 */
export const adminEvents = sqliteTable(
  "admin_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => users.id),
    // e.g. webhook_added, template_deleted, user_updated, token_created
    type: text("type").notNull(),
    // What was changed: "webhook", "template", "user"; and its id.
    subjectType: text("subject_type").notNull(),
    subjectId: integer("subject_id").notNull(),
    payload: text("payload").notNull().default("{}"),
    createdAt: createdAt(),
  },
  (table) => [index("admin_events_created_idx").on(table.createdAt)],
);

/** Endpoints that other tools registered to follow decisions (HMAC-signed deliveries). */
export const webhooks = sqliteTable("webhooks", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  url: text("url").notNull(),
  secret: text("secret").notNull(),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
});

/**
 * What must leave Cadre (e-mails, webhook deliveries), written in the same batch as the change
 * that causes it: if the transport is down nothing is lost, the dispatcher retries with backoff.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull().default(""),
    body: text("body").notNull(),
    // For webhooks: the id of the webhook whose secret signs the delivery.
    webhookId: integer("webhook_id").references(() => webhooks.id),
    // The request it is about, and why it leaves (decision, reminder, message): the request
    // page tells the collectivité whether the e-mail about its decision went out, and an
    // admin's retry is audited on the request's history.
    requestId: integer("request_id").references(() => requests.id),
    topic: text("topic"),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: integer("sent_at"),
  },
  (table) => [
    index("outbox_due_idx").on(table.status, table.nextAttemptAt),
    index("outbox_request_idx").on(table.requestId, table.topic),
  ],
);

/** Motivation templates that admins write for instructors, with {{variables}} filled in per request. */
export const messageTemplates = sqliteTable("message_templates", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  // accept | reject | request_tariff_act
  decision: text("decision").notNull(),
  body: text("body").notNull(),
  createdAt: createdAt(),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * Rate-limit counters (fixed windows), one row per key such as `sign-in:<ip>`. In the database
 * rather than in memory so that every Node instance sharing a libSQL server, and every Worker
 * isolate on D1, counts the same attempts.
 */
export const rateLimitHits = sqliteTable("rate_limit_hits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  resetAt: integer("reset_at").notNull(),
});

/**
 * A request that came from DataPass: the link back to it and the DataPass state Cadre last
 * applied. `last_fired_at` (DataPass's `fired_at`, seconds) only moves forward, so an event that
 * arrives after a newer one changes nothing.
 */
export const datapassLinks = sqliteTable("datapass_links", {
  requestId: integer("request_id")
    .primaryKey()
    .references(() => requests.id),
  datapassId: integer("datapass_id").notNull().unique(),
  publicId: text("public_id"),
  formUid: text("form_uid").notNull(),
  state: text("state").notNull(),
  url: text("url").notNull(),
  lastFiredAt: integer("last_fired_at").notNull(),
  createdAt: createdAt(),
});

/**
 * Every DataPass webhook Cadre applied, once: written in the same batch as what it changed, so
 * a replayed delivery fails on the unique index and leaves nothing written twice.
 */
export const datapassDeliveries = sqliteTable(
  "datapass_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    datapassId: integer("datapass_id").notNull(),
    event: text("event").notNull(),
    firedAt: integer("fired_at").notNull(),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("datapass_deliveries_once_idx").on(table.datapassId, table.event, table.firedAt)],
);

export const schema = {
  organisations,
  users,
  sessions,
  apiTokens,
  requests,
  requestScopes,
  documents,
  documentChunks,
  documentTexts,
  findings,
  requestAnnotations,
  decisions,
  messages,
  events,
  webhooks,
  outbox,
  messageTemplates,
  eventSeals,
  rateLimitHits,
  datapassLinks,
  datapassDeliveries,
  organisationEvents,
};

export type Schema = typeof schema;
