/** The Node entry: it refuses unsafe settings before opening anything, and serves the demo when asked. */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config";
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
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${join(dir, "demo.db")}`,
    });
    try {
      const health = await fetch(`http://127.0.0.1:${server.port}/sante`);
      expect(await health.json()).toEqual({ status: "ok" });
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
      expect(await login.text()).toContain("agent@demo.cadre.local");
    } finally {
      await server.close();
      server.client.close();
    }
  });
});
