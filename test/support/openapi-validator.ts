/**
 * Every API response the tests receive is checked against the OpenAPI document: the operation
 * must be described, the status must be one of its documented responses, and the body must
 * validate against that response's schema (JSON Schema 2020-12, as OpenAPI 3.1 says).
 * @cfworker/json-schema interprets schemas instead of generating code, so the same check runs
 * in workerd (where `new Function` is forbidden) as on Node and sqld.
 */

import { dereference, encodePointer, validate, type Schema } from "@cfworker/json-schema";
import { OPENAPI } from "../../src/web/openapi";

const BASE = "https://cadre.test/openapi.json";
const PREFIX = "/api/v1";

type Responses = Record<string, { $ref?: string; content?: Record<string, unknown> }>;
interface Operation {
  readonly template: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly responses: Responses;
}

const OPERATIONS: Operation[] = Object.entries(OPENAPI.paths).flatMap(([template, methods]) =>
  Object.entries(methods as Record<string, { responses: Responses }>).map(([method, operation]) => ({
    template,
    method,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+")}$`),
    responses: operation.responses,
  })),
);

// The document is indexed once (every sub-schema by its pointer); each check then only walks
// the schema of the response it looks at.
let lookup: Record<string, Schema | boolean> | undefined;

function validateAt(pointer: string, body: unknown) {
  lookup ??= dereference(OPENAPI as unknown as Schema, undefined, new URL(BASE));
  return validate(body, { $ref: `${BASE}#${pointer}` }, "2020-12", lookup, false);
}

/** One pointer segment, as the lookup keys it (escaped, then URI-encoded: `{id}` is `%7Bid%7D`). */
function escape(segment: string): string {
  return encodePointer(segment);
}

/** The documented operation for a call, or an error that says what is missing from the document. */
export function operationFor(method: string, url: string): Operation {
  const path = new URL(url, "http://cadre.test").pathname;
  if (!path.startsWith(PREFIX)) throw new Error(`${path} n'est pas sous ${PREFIX}`);
  const operation = OPERATIONS.find(
    (candidate) => candidate.method === method.toLowerCase() && candidate.pattern.test(path.slice(PREFIX.length)),
  );
  if (!operation) throw new Error(`Opération non décrite dans l'OpenAPI : ${method} ${path}`);
  return operation;
}

/** Throws, with the validator's errors, when the response does not match the document. */
export async function checkResponse(method: string, url: string, response: Response): Promise<void> {
  if (response.status === 405) return checkMethodNotAllowed(method, url, response);
  const operation = operationFor(method, url);
  const status = String(response.status);
  const documented = operation.responses[status];
  if (!documented) {
    throw new Error(
      `${method} ${operation.template} a répondu ${status}, non décrit (décrits : ${Object.keys(operation.responses).join(", ")})`,
    );
  }
  // A $ref to components.responses.ErrorNNN: its content is read from the document.
  const responsePointer = documented.$ref
    ? documented.$ref.slice(1)
    : `/paths/${escape(operation.template)}/${operation.method}/responses/${status}`;
  const content = documented.$ref
    ? (OPENAPI.components.responses[documented.$ref.split("/").at(-1)!]?.content as Record<string, unknown>)
    : documented.content;
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!content || !(mediaType in content)) {
    throw new Error(`${method} ${operation.template} ${status} : type ${mediaType || "(aucun)"} non décrit`);
  }
  if (mediaType !== "application/json") return;
  const body = (await response.clone().json()) as unknown;
  const result = validateAt(`${responsePointer}/content/${escape(mediaType)}/schema`, body);
  if (!result.valid) {
    const reasons = result.errors
      .filter((error) => error.keyword !== "$ref" && error.keyword !== "properties" && error.keyword !== "items")
      .map((error) => `${error.instanceLocation} : ${error.error}`);
    throw new Error(`${method} ${operation.template} ${status} ne suit pas l'OpenAPI :\n${reasons.join("\n")}`);
  }
}

/**
 * A method no operation describes, at an address some operation does: a 405 with `Allow` and
 * the API's error body, code `method_not_allowed` (the document's description says so).
 */
async function checkMethodNotAllowed(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url, "http://cadre.test").pathname.slice(PREFIX.length);
  const known = OPERATIONS.filter((candidate) => candidate.pattern.test(path));
  if (known.length === 0) throw new Error(`Adresse non décrite dans l'OpenAPI : ${method} ${PREFIX}${path}`);
  if (known.some((candidate) => candidate.method === method.toLowerCase())) {
    throw new Error(`${method} ${PREFIX}${path} est décrite : elle ne doit pas répondre 405`);
  }
  const allowed = (response.headers.get("allow") ?? "").split(",").map((name) => name.trim().toLowerCase());
  for (const candidate of known) {
    if (!allowed.includes(candidate.method))
      throw new Error(`${method} ${PREFIX}${path} 405 : Allow sans ${candidate.method}`);
  }
  const body = (await response.clone().json()) as { error?: { code?: unknown; message?: unknown } };
  const keys =
    Object.keys(body).join(",") +
    "|" +
    Object.keys(body.error ?? {})
      .sort()
      .join(",");
  if (
    keys !== "error|code,message" ||
    body.error?.code !== "method_not_allowed" ||
    typeof body.error.message !== "string"
  ) {
    throw new Error(`${method} ${PREFIX}${path} 405 : corps inattendu ${JSON.stringify(body)}`);
  }
}
