/**
 * The API's OpenAPI document, for people: each operation with its parameters, body and
 * responses, then the schemas. Rendered on the server from the document itself (no script, no
 * CDN: the CSP forbids both), so the page and /api/v1/openapi.json always say the same thing.
 */

import { Page } from "../layouts/page";

type Json = Record<string, unknown>;
interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly security?: readonly unknown[];
  readonly parameters?: readonly Json[];
  readonly requestBody?: { content: Record<string, { schema: Json }> };
  readonly responses: Record<string, Json>;
}
export interface ApiDocument {
  readonly info: { title: string; description: string; license: { name: string } };
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { schemas: Record<string, Json>; responses: Record<string, Json> };
}

const refName = (ref: unknown) => (typeof ref === "string" ? ref.split("/").at(-1)! : "");

/** A schema in one line: its $ref as a link, its type, its enum. */
function SchemaSummary({ schema }: { schema: Json | undefined }) {
  if (!schema) return <span>—</span>;
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  if (Array.isArray(schema.oneOf)) {
    return (
      <span>
        {(schema.oneOf as Json[]).map((part, index) => (
          <>
            {index > 0 ? " ou " : ""}
            <SchemaSummary schema={part} />
          </>
        ))}
      </span>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "");
  if (type === "array") {
    return (
      <span>
        liste de <SchemaSummary schema={schema.items as Json} />
      </span>
    );
  }
  return (
    <span>
      <code>{type || "valeur"}</code>
      {Array.isArray(schema.enum) ? ` : ${(schema.enum as unknown[]).map(String).join(", ")}` : ""}
      {schema.const !== undefined ? ` = ${String(schema.const)}` : ""}
      {schema.format ? ` (${String(schema.format)})` : ""}
    </span>
  );
}

function Properties({ schema }: { schema: Json }) {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  if (Object.keys(properties).length === 0) return <SchemaSummary schema={schema} />;
  return (
    <ul>
      {Object.entries(properties).map(([name, property]) => (
        <li>
          <code>{name}</code>
          {required.has(name) ? " (obligatoire)" : ""} : <SchemaSummary schema={property} />
          {property.description ? ` — ${String(property.description)}` : ""}
        </li>
      ))}
    </ul>
  );
}

function OperationBlock({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const body = operation.requestBody ? Object.entries(operation.requestBody.content)[0] : undefined;
  return (
    <section class="fr-mb-4w" id={operation.operationId} aria-labelledby={`${operation.operationId}-titre`}>
      <h3 class="fr-h5" id={`${operation.operationId}-titre`}>
        <code>
          {method.toUpperCase()} /api/v1{path}
        </code>
      </h3>
      <p class="fr-mb-1w">
        {operation.summary} <span class="fr-hint-text">operationId : {operation.operationId}</span>
      </p>
      {operation.description ? <p>{operation.description}</p> : null}
      {operation.security?.length === 0 ? <p>Sans jeton.</p> : null}
      {operation.parameters?.length ? (
        <>
          <h4 class="fr-h6">Paramètres</h4>
          <ul>
            {operation.parameters.map((parameter) => (
              <li>
                <code>{String(parameter.name)}</code> ({String(parameter.in)}
                {parameter.required ? ", obligatoire" : ""}) : <SchemaSummary schema={parameter.schema as Json} />
                {parameter.description ? ` — ${String(parameter.description)}` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {body ? (
        <>
          <h4 class="fr-h6">Corps ({body[0]})</h4>
          <Properties schema={body[1].schema} />
        </>
      ) : null}
      <h4 class="fr-h6">Réponses</h4>
      <ul>
        {Object.entries(operation.responses).map(([status, response]) => {
          const ref = refName(response.$ref);
          const content = (response.content ?? {}) as Record<string, { schema: Json }>;
          const [type, media] = Object.entries(content)[0] ?? [];
          return (
            <li>
              <strong>{status}</strong>{" "}
              {ref ? (
                <a href="#erreurs">{ref}</a>
              ) : (
                <>
                  {String(response.description ?? "")} {type ? `(${type}) ` : ""}
                  {media ? <SchemaSummary schema={media.schema} /> : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ApiDocsPage({ document, currentPath }: { document: ApiDocument; currentPath: string }) {
  return (
    <Page title="API — documentation" viewer={null} currentPath={currentPath}>
      <h1>{document.info.title}</h1>
      <p>{document.info.description}</p>
      <p>
        Le document OpenAPI 3.1 : <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> — licence{" "}
        {document.info.license.name}.
      </p>
      <h2>Opérations</h2>
      {Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => (
          <OperationBlock method={method} path={path} operation={operation} />
        )),
      )}
      <h2 id="erreurs">Erreurs</h2>
      <p>
        Toutes les erreurs ont la forme <code>{'{"error": {"code", "message", "fields"?}}'}</code>.
      </p>
      <ul>
        {Object.entries(document.components.responses).map(([name, response]) => (
          <li>
            <strong>{name.replace("Error", "")}</strong> <code>{errorCode(response)}</code> —{" "}
            {String(response.description)}
          </li>
        ))}
      </ul>
      <h2>Schémas</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => (
        <section class="fr-mb-3w" id={`schema-${name}`}>
          <h3 class="fr-h6">{name}</h3>
          {schema.description ? <p>{String(schema.description)}</p> : null}
          <Properties schema={schema} />
        </section>
      ))}
    </Page>
  );
}

function errorCode(response: Json): string {
  const content = response.content as { "application/json": { schema: Json } };
  const error = (content["application/json"].schema.properties as Record<string, Json>).error!;
  return String(((error.properties as Record<string, Json>).code as Json).const);
}
