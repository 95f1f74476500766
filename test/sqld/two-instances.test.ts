/**
 * Two Node instances (two real startNodeServer) on one libSQL server: what one decides, the
 * other sees at once; a decision taken on the other from a stale version is refused with 409
 * and names who decided; two decisions racing from the same version: exactly one wins.
 */

import { afterAll, describe, expect, inject, it } from "vitest";
import { startNodeServer } from "../../src/entry/node";
import { createApiToken } from "../../src/services/create-api-token";
import { openLibsql } from "../../src/storage/libsql";
import { uniqueSiret } from "../support/harness-core";
import { checkResponse } from "../support/openapi-validator";
import { samplePdf } from "../support/requests";
import { startSqld } from "../support/sqld";

type Instance = Awaited<ReturnType<typeof startNodeServer>>;

describe("two Node instances on one libSQL server", async () => {
  const sqld = await startSqld(inject("sqldBinary"), inject("sqldRoot"));
  const env = {
    DATABASE_URL: sqld.url,
    PORT: "0",
    HOST: "127.0.0.1",
    CADRE_ENV: "test",
    SESSION_SECRET: "two-instances-secret-two-instances-0123",
    OUTBOX_INTERVAL_MS: "3600000",
  };
  // One after the other: the second finds the migrations applied by the first.
  const first: Instance = await startNodeServer(env);
  const second: Instance = await startNodeServer(env);
  const handle = openLibsql({ url: sqld.url });
  const now = Date.now();
  const siret = uniqueSiret();
  const applicant = await createApiToken(handle.db, { role: "applicant", siret }, now);
  const alice = await createApiToken(handle.db, { role: "instructor", email: "alice@instruction.test" }, now);
  const bruno = await createApiToken(handle.db, { role: "instructor", email: "bruno@instruction.test" }, now);

  afterAll(async () => {
    await first.close();
    await second.close();
    handle.client.close();
    await sqld.stop();
  });

  // Every answer is held to the OpenAPI document, as in the in-process tests.
  const api = async (instance: Instance, token: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(`http://127.0.0.1:${instance.port}/api/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
    await checkResponse(init.method ?? "GET", `/api/v1${path}`, response);
    return response;
  };
  const decide = (instance: Instance, token: string, id: number, body: Record<string, unknown>) =>
    api(instance, token, `/demandes/${id}/decisions`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });
  const submitted = async (): Promise<number> => {
    const form = new FormData();
    form.append("use_case", "tarification-municipale-enfance");
    form.append("scopes", "cnaf_quotient_familial");
    form.append("cadre_juridique_nature", "Délibération du 12 janvier 2026 fixant les tarifs");
    const pdf = await samplePdf("Délibération du conseil municipal fixant les tarifs selon le quotient familial.");
    form.append("documents", new File([pdf as Uint8Array<ArrayBuffer>], "deliberation.pdf"));
    const created = await api(first, applicant, "/demandes", { method: "POST", body: form });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const submission = await api(second, applicant, `/demandes/${id}/soumettre`, { method: "POST" });
    expect(await submission.json()).toMatchObject({ id, state: "submitted", version: 2 });
    return id;
  };

  it("shows on one instance, at once, the decision taken on the other", async () => {
    const id = await submitted();
    const accepted = await decide(first, alice, id, { decision: "accept", version: 2 });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ state: "accepted", version: 3 });
    const seen = (await (await api(second, bruno, `/demandes/${id}`)).json()) as Record<string, unknown>;
    expect(seen).toMatchObject({ id, state: "accepted", version: 3 });
  });

  it("refuses on the other instance a decision taken from a stale version, naming who decided", async () => {
    const id = await submitted();
    expect((await decide(first, alice, id, { decision: "accept", version: 2 })).status).toBe(200);
    const stale = await decide(second, bruno, id, { decision: "reject", motivation: "Cadre insuffisant.", version: 2 });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("conflict");
    expect(body.error.message).toContain("alice@instruction.test");
    const after = (await (await api(first, alice, `/demandes/${id}`)).json()) as Record<string, unknown>;
    expect(after).toMatchObject({ state: "accepted", version: 3 });
  });

  it("lets exactly one of two simultaneous decisions from the same version through", async () => {
    const id = await submitted();
    const [fromFirst, fromSecond] = await Promise.all([
      decide(first, alice, id, { decision: "accept", version: 2 }),
      decide(second, bruno, id, { decision: "reject", motivation: "Cadre insuffisant.", version: 2 }),
    ]);
    expect([fromFirst.status, fromSecond.status].sort()).toEqual([200, 409]);
    const winner = fromFirst.status === 200 ? "accepted" : "rejected";
    const after = (await (await api(second, bruno, `/demandes/${id}`)).json()) as Record<string, unknown>;
    expect(after).toMatchObject({ state: winner, version: 3 });
    const decisions = await handle.client.execute({
      sql: "SELECT count(*) AS n FROM decisions WHERE request_id = ?",
      args: [id],
    });
    expect(Number(decisions.rows[0]!.n)).toBe(1);
  });
});
