/** The first administrator's SQL (for D1, where no Node CLI reaches): its token opens the admin API. */

import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/domain/digest";
import { firstAdminSql } from "../../src/storage/first-admin-sql";
import { findUserByEmail } from "../../src/storage/people-store";
import { createHarness } from "../support/harness";

describe("first administrator SQL", async () => {
  const harness = await createHarness();

  it("creates an admin whose token reaches the admin API, names with quotes included", async () => {
    const token = "cadre_" + "ab".repeat(32);
    const text = firstAdminSql({
      email: "Premiere.Admin@Exemple.fr",
      name: "Anne d'Arc",
      tokenHash: await sha256Hex(token),
      now: harness.clock.now,
    });
    for (const statement of text.split("\n").filter(Boolean)) await harness.db.run(sql.raw(statement));

    expect(await findUserByEmail(harness.db, "premiere.admin@exemple.fr")).toMatchObject({
      name: "Anne d'Arc",
      role: "admin",
      disabled: false,
    });
    const allowed = await harness.request("/api/v1/documents/a-lire", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(allowed.status).toBe(200);
    const refused = await harness.request("/api/v1/documents/a-lire", {
      headers: { authorization: `Bearer cadre_${"cd".repeat(32)}` },
    });
    expect(refused.status).toBe(401);
  });
});
