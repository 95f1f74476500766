/** The Node entry: it refuses unsafe settings before opening anything, and serves the demo when asked. */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/domain/errors";
import { startNodeServer } from "../../src/entry/node";

describe("startNodeServer", () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-entry-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to start with the demo in production", async () => {
    await expect(
      startNodeServer({
        CADRE_ENV: "production",
        CADRE_DEMO: "1",
        SESSION_SECRET: "s".repeat(40),
        DATABASE_URL: `file:${join(dir, "x.db")}`,
      }),
    ).rejects.toThrow(ConfigError);
  });

  it("refuses to start when the closure would come before the tariff-act reminder", async () => {
    await expect(
      startNodeServer({
        TARIFF_ACT_REMINDER_DAYS: "30",
        TARIFF_ACT_CLOSE_DAYS: "20",
        DATABASE_URL: `file:${join(dir, "y.db")}`,
      }),
    ).rejects.toThrow(/TARIFF_ACT_CLOSE_DAYS \(20\) doit être supérieur à TARIFF_ACT_REMINDER_DAYS \(30\)/);
  });

  it("migrates a new database file, seeds the demo and answers /sante", async () => {
    const server = await startNodeServer({
      CADRE_DEMO: "1",
      PORT: "0",
      OIDC_DEMO_PORT: "0",
      DATABASE_URL: `file:${join(dir, "demo.db")}`,
    });
    try {
      // One-click admin sign-in: without HOST, only this machine can reach the demo.
      expect(server.listener.address()).toMatchObject({ address: "127.0.0.1" });
      const health = await fetch(`http://127.0.0.1:${server.port}/sante`);
      expect(await health.json()).toEqual({ status: "ok" });
      // Static files are served beside the app; every other unknown address gets the French page.
      expect((await fetch(`http://127.0.0.1:${server.port}/static/app.css`)).status).toBe(200);
      for (const path of ["/nulle-part", "/static/absent.css"]) {
        const missing = await fetch(`http://127.0.0.1:${server.port}${path}`);
        expect(missing.status).toBe(404);
        expect(await missing.text()).toContain('<html lang="fr"');
      }
      const requests = await server.client.execute("select state, count(*) as n from requests group by state");
      const byState = Object.fromEntries(requests.rows.map((row) => [row.state, Number(row.n)]));
      expect(Object.keys(byState).sort()).toEqual([
        "accepted",
        "draft",
        "rejected",
        "submitted",
        "tariff_act_requested",
      ]);
      const total = (Object.values(byState) as number[]).reduce((sum, count) => sum + count, 0);
      expect(total).toBeGreaterThanOrEqual(35);
      const login = await fetch(`http://127.0.0.1:${server.port}/connexion`);
      const loginPage = await login.text();
      expect(loginPage).toContain("agent@demo.cadre.local");
      // The demo's own identity provider stands in for ProConnect.
      expect(loginPage).toContain('href="/connexion/oidc"');
      const start = await fetch(`http://127.0.0.1:${server.port}/connexion/oidc`, { redirect: "manual" });
      expect(start.status).toBe(302);
      const authorize = new URL(start.headers.get("location")!);
      expect(authorize.hostname).toBe("127.0.0.1");
      expect(authorize.searchParams.get("redirect_uri")).toBe(`http://127.0.0.1:${server.port}/connexion/oidc/retour`);
      expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
      // The provider knows the client and its redirect URI: it goes on to its sign-in form.
      const interaction = await fetch(authorize, { redirect: "manual" });
      expect(interaction.status).toBe(303);
      expect(interaction.headers.get("location")).toMatch(/^\/interaction\//);
    } finally {
      await server.close();
      server.client.close();
    }
  }, 30_000); // seeding the whole demo takes ~5 s on a busy 2-core machine: more than vitest's default

  it("listens where HOST says, demo or not, and on every interface without the demo", async () => {
    for (const [env, address] of [
      [{ CADRE_DEMO: "1", HOST: "0.0.0.0", OIDC_DEMO_PORT: "0" }, "0.0.0.0"],
      [{}, "0.0.0.0"],
    ] as const) {
      const server = await startNodeServer({ ...env, PORT: "0", DATABASE_URL: `file:${join(dir, "demo.db")}` });
      try {
        expect(server.listener.address(), JSON.stringify(env)).toMatchObject({ address });
      } finally {
        await server.close();
        server.client.close();
      }
    }
  }, 30_000);
});

describe("startNodeServer rate limits", () => {
  const dir = mkdtempSync(join(tmpdir(), "cadre-entry-limits-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("counts sign-in attempts by the socket's address, and X-Forwarded-For only with TRUST_PROXY", async () => {
    for (const trustProxy of ["0", "1"]) {
      const server = await startNodeServer({
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${join(dir, `limits-${trustProxy}.db`)}`,
        RATE_LIMIT_SIGN_IN: "2/60",
        TRUST_PROXY: trustProxy,
      });
      const origin = `http://127.0.0.1:${server.port}`;
      const attempt = (forwardedFor: string) =>
        fetch(`${origin}/connexion/demo`, {
          method: "POST",
          headers: { origin, "x-forwarded-for": forwardedFor },
          body: new URLSearchParams({ email: "x@y.fr" }),
        });
      try {
        // A different claimed address each time: without a trusted proxy the socket (127.0.0.1) counts.
        const statuses = [];
        for (const address of ["198.51.100.1", "198.51.100.2", "198.51.100.3"])
          statuses.push((await attempt(address)).status);
        expect(statuses, `TRUST_PROXY=${trustProxy}`).toEqual(trustProxy === "1" ? [404, 404, 404] : [404, 404, 429]);
        const rows = await server.client.execute("select key, hits from rate_limit_hits order by key");
        expect(rows.rows.map((row) => row.key)).toEqual(
          trustProxy === "1"
            ? ["signIn:sign-in:198.51.100.1", "signIn:sign-in:198.51.100.2", "signIn:sign-in:198.51.100.3"]
            : ["signIn:sign-in:127.0.0.1"],
        );
      } finally {
        await server.close();
        server.client.close();
      }
    }
  });
});
