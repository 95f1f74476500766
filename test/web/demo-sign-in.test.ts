/** The demo's one-click sign-in: a disabled account is refused in French, with no session. */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "../../src/demo/accounts";
import { insertUser } from "../../src/storage/people-store";
import { sessions, users } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { pageText } from "../support/html";

describe("demo sign-in", async () => {
  const harness = await createHarness({ demo: true });
  const reporter = await insertUser(
    harness.db,
    { email: DEMO_ACCOUNTS.reporter, name: "Lecteur démo", role: "reporter", organisationId: null },
    harness.clock.now,
  );
  const instructor = await insertUser(
    harness.db,
    { email: DEMO_ACCOUNTS.instructor, name: "Instructeur démo", role: "instructor", organisationId: null },
    harness.clock.now,
  );
  await harness.db.update(users).set({ disabled: true }).where(eq(users.id, reporter.id));
  const signIn = (email: string) =>
    harness.request("/connexion/demo", { method: "POST", body: new URLSearchParams({ email }) });
  const sessionsOf = (userId: number) => harness.db.select().from(sessions).where(eq(sessions.userId, userId));

  it("refuses a disabled account: 403, a French message, no session row, no cookie", async () => {
    const response = await signIn(DEMO_ACCOUNTS.reporter);
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie") ?? "").not.toContain("cadre_session=");
    expect(await pageText(response)).toContain("Votre compte Cadre est désactivé.");
    expect(await sessionsOf(reporter.id)).toHaveLength(0);
  });

  it("signs an enabled demo account in", async () => {
    const response = await signIn(DEMO_ACCOUNTS.instructor);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/instruction");
    expect(await sessionsOf(instructor.id)).toHaveLength(1);
  });
});
