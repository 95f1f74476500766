/**
 * Every API response the tests receive is checked against the OpenAPI document: the operation
 * must be described, the status must be one of its documented responses, and the body must
 * validate against that response's schema (JSON Schema 2020-12, as OpenAPI 3.1 says).
 * @cfworker/json-schema interprets schemas instead of generating code, so the same check runs
 * in workerd (where `new Function` is forbidden) as on Node and sqld.
 */

import { Validator, type Schema } from "@cfworker/json-schema";
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

const escape = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const validators = new Map<string, Validator>();

function validatorFor(pointer: string): Validator {
  let validator = validators.get(pointer);
  if (!validator) {
    validator = new Validator({ $ref: `${BASE}#${pointer}` }, "2020-12", false);
    validator.addSchema(OPENAPI as unknown as Schema, BASE);
    validators.set(pointer, validator);
  }
  return validator;
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
  const result = validatorFor(`${responsePointer}/content/${escape(mediaType)}/schema`).validate(body);
  if (!result.valid) {
    const reasons = result.errors
      .filter((error) => error.keyword !== "$ref" && error.keyword !== "properties" && error.keyword !== "items")
      .map((error) => `${error.instanceLocation} : ${error.error}`);
    throw new Error(`${method} ${operation.template} ${status} ne suit pas l'OpenAPI :\n${reasons.join("\n")}`);
  }
}
