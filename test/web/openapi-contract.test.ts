/** The OpenAPI check itself: it must refuse what drifts from the document, or it proves nothing. */

import { describe, expect, it } from "vitest";
import { API_CODES } from "../../src/web/http-errors";
import { OPENAPI } from "../../src/web/openapi";
import { checkResponse } from "../support/openapi-validator";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("OpenAPI contract check", () => {
  it("accepts a documented answer", async () => {
    await expect(
      checkResponse("POST", "/api/v1/demandes/3/decisions", json({ state: "accepted", version: 4 })),
    ).resolves.toBeUndefined();
    await expect(
      checkResponse("GET", "/api/v1/demandes/3", json({ error: { code: "not_found", message: "Introuvable." } }, 404)),
    ).resolves.toBeUndefined();
  });

  it.each([
    ["an extra field", "POST", "/api/v1/demandes/3/decisions", json({ state: "accepted", version: 4, extra: 1 })],
    ["a state outside the enum", "POST", "/api/v1/demandes/3/decisions", json({ state: "approved", version: 4 })],
    [
      "an error code that is not its status's",
      "GET",
      "/api/v1/demandes/3",
      json({ error: { code: "conflict", message: "x" } }, 404),
    ],
    ["an undocumented status", "GET", "/api/v1/statistiques", json({ error: { code: "conflict", message: "x" } }, 409)],
    ["an undocumented operation", "DELETE", "/api/v1/demandes/3", json({}, 200)],
    [
      "a body of another type",
      "GET",
      "/api/v1/demandes",
      new Response("<p>", { headers: { "content-type": "text/html" } }),
    ],
  ])("refuses %s", async (_, method, path, response) => {
    await expect(checkResponse(method, path, response)).rejects.toThrow();
  });

  it("gives every operation an operationId, a success schema and the server's error codes", () => {
    const ids = new Set<string>();
    for (const methods of Object.values(OPENAPI.paths)) {
      for (const operation of Object.values(methods) as { operationId: string; responses: Record<string, unknown> }[]) {
        expect(ids.has(operation.operationId)).toBe(false);
        ids.add(operation.operationId);
        expect(Object.keys(operation.responses).some((status) => status === "200" || status === "201")).toBe(true);
        if (operation.operationId !== "getOpenApi") expect(Object.keys(operation.responses)).toContain("401");
      }
    }
    const documented = Object.values(OPENAPI.components.responses).map(
      (response) =>
        (response.content["application/json"].schema.properties.error.properties.code as { const: string }).const,
    );
    // 405 answers a method no operation has: the document's description names it, and
    // test/support/openapi-validator.ts checks its body and its Allow header.
    const sent = Object.entries(API_CODES)
      .filter(([status]) => Number(status) < 502 && status !== "405")
      .map(([, code]) => code);
    expect(documented.sort()).toEqual(sent.sort());
    expect(OPENAPI.info.license.identifier).toBe("etalab-2.0");
  });
});
