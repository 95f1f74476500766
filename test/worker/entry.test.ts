/// <reference path="../../node_modules/@cloudflare/vitest-plugin/types/cloudflare-test.d.ts" />
/**
 * The Worker entry itself (workerd only): the client's address is cf-connecting-ip, so the
 * sign-in limit (RATE_LIMIT_SIGN_IN=2/60 in vitest.workers.config.ts) counts per address.
 */

import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/entry/worker";

const context = { waitUntil: () => undefined, passThroughOnException: () => undefined, props: {} };

describe("Worker entry", () => {
  it("limits sign-in attempts per cf-connecting-ip", async () => {
    const attempt = (address: string) =>
      worker.fetch(
        new Request("http://cadre.worker/connexion/demo", {
          method: "POST",
          headers: {
            origin: "http://cadre.worker",
            "cf-connecting-ip": address,
            "content-type": "application/x-www-form-urlencoded",
          },
          body: "email=x%40y.fr",
        }),
        env as never,
        context as unknown as ExecutionContext,
      );
    expect((await attempt("198.51.100.20")).status).toBe(404);
    expect((await attempt("198.51.100.20")).status).toBe(404);
    const refused = await attempt("198.51.100.20");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await attempt("198.51.100.21")).status).toBe(404);
  });
});
