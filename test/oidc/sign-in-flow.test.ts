/**
 * Sign-in with OpenID Connect end to end on Node: a real oidc-provider on an ephemeral loopback
 * port (src/demo/oidc-provider.ts, shaped like ProConnect) and the real app over libSQL. Nothing
 * is mocked: tokens are issued, signed and checked for real.
 */

import { eq } from "drizzle-orm";
import { serializeSigned } from "hono/utils/cookie";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoIdentity } from "../../src/demo/oidc-accounts";
import { listenDemoIdentityProvider, type DemoIdentityProvider } from "../../src/demo/oidc-provider";
import { createSession, findOrganisationBySiret, findUserByEmail } from "../../src/storage/people-store";
import { organisations, sessions, users } from "../../src/storage/schema";
import { SESSION_TTL_MS } from "../../src/web/middleware/session";
import { DEFAULT_RATE_LIMITS } from "../../src/config";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { SECRET, TEST_ORIGIN, uniqueSiret, type Harness } from "../support/harness-core";
import { FetchBrowser, readForm, type Visit } from "../support/oidc-browser";

const SESSION_COOKIE = "cadre_session";

describe("sign-in with OpenID Connect against a local provider", () => {
  const identities: DemoIdentity[] = [];
  let provider: DemoIdentityProvider;
  let harness: Harness;

  beforeAll(async () => {
    provider = await listenDemoIdentityProvider({ port: 0, identities });
    provider.register({
      clientId: "cadre-test",
      clientSecret: "cadre-test-secret-cadre-test-secret",
      redirectUris: [`${TEST_ORIGIN}/connexion/oidc/retour`],
      postLogoutRedirectUris: [`${TEST_ORIGIN}/`],
    });
    harness = await createHarness({
      oidc: { issuer: provider.issuer, clientId: "cadre-test", clientSecret: "cadre-test-secret-cadre-test-secret" },
      // Every test here signs in from the same address; the limit itself is tested in rate-limits.test.ts.
      rateLimits: { ...DEFAULT_RATE_LIMITS, signIn: { limit: 1_000, windowMs: 60_000 } },
    });
  });
  afterAll(async () => provider?.close());

  function identity(email: string, siret: string): DemoIdentity {
    const entry = { email, givenName: "Alix", usualName: "Martin", siret };
    identities.push(entry);
    return entry;
  }

  /** From Cadre's button to the provider's sign-in form. */
  async function startAtProvider(browser: FetchBrowser): Promise<Visit> {
    const page = await browser.visit("/connexion/oidc");
    expect(page.url.origin).toBe(provider.issuer);
    expect(page.url.pathname).toMatch(/^\/interaction\//);
    return page;
  }

  /** The whole journey: Cadre → provider's form → chosen account → back to Cadre. */
  async function signInAs(browser: FetchBrowser, email: string): Promise<Visit> {
    const form = await startAtProvider(browser);
    return browser.visit(new URL(`${form.url.pathname}/login`, form.url), { form: { email } });
  }

  const stored = () => rowCounts(harness.db, { users, organisations, sessions });

  it("signs a known instructor in, keeping the ID token with the new session", async () => {
    const instructor = await harness.user("instructor");
    identity(instructor.email, uniqueSiret());
    const browser = new FetchBrowser(harness);
    const landing = await signInAs(browser, instructor.email);
    expect(landing.url.href).toBe(`${TEST_ORIGIN}/instruction`);
    expect(landing.response.status).toBe(200);
    expect(landing.body).toContain("Demandes à instruire");
    expect(landing.body).toContain(instructor.name);
    const sessionId = decodeURIComponent(browser.cookie(TEST_ORIGIN, SESSION_COOKIE)!).split(".")[0]!;
    const [row] = await harness.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row?.userId).toBe(instructor.id);
    expect(row?.idToken?.split(".")).toHaveLength(3);
    // The flow cookie is used once and gone.
    expect(browser.cookie(TEST_ORIGIN, "cadre_oidc")).toBeUndefined();
  });

  it("makes an unknown agent with a valid SIRET an applicant of a new organisation", async () => {
    const siret = uniqueSiret();
    const agent = identity(`agent-${siret}@mairie.example.fr`, siret);
    const landing = await signInAs(new FetchBrowser(harness), agent.email);
    expect(landing.url.href).toBe(`${TEST_ORIGIN}/demandes`);
    expect(landing.response.status).toBe(200);
    const organisation = await findOrganisationBySiret(harness.db, siret);
    expect(organisation?.name).toBe(`Organisation SIRET ${siret}`);
    expect(landing.body).toContain(`Organisation SIRET ${siret}`);
    const user = await findUserByEmail(harness.db, agent.email);
    expect(user).toMatchObject({ role: "applicant", organisationId: organisation!.id, name: "Alix Martin" });
  });

  it("attaches an unknown agent to the existing organisation of their SIRET", async () => {
    const existing = await harness.organisation({ name: "Commune de Rochebrune" });
    const agent = identity(`second-${existing.siret}@mairie.example.fr`, existing.siret);
    const before = await stored();
    const landing = await signInAs(new FetchBrowser(harness), agent.email);
    expect(landing.url.href).toBe(`${TEST_ORIGIN}/demandes`);
    expect(await findUserByEmail(harness.db, agent.email)).toMatchObject({
      role: "applicant",
      organisationId: existing.id,
    });
    const after = await stored();
    expect(after.organisations).toBe(before.organisations);
    expect(after.users).toBe(before.users + 1);
  });

  it("refuses an unknown agent whose SIRET is invalid, and writes nothing", async () => {
    const agent = identity(`nosiret-${uniqueSiret()}@mairie.example.fr`, "12345678901234");
    const browser = new FetchBrowser(harness);
    const before = await stored();
    const page = await signInAs(browser, agent.email);
    expect(page.url.pathname).toBe("/connexion/oidc/retour");
    expect(page.response.status).toBe(422);
    expect(page.body).toContain("Connexion impossible");
    expect(page.body).toContain("pas transmis de SIRET valide");
    expect(page.body).toContain("aucun compte n&#39;a été créé");
    expect(await stored()).toEqual(before);
    expect(browser.cookie(TEST_ORIGIN, SESSION_COOKIE)).toBeUndefined();
  });

  it("refuses a disabled account in French", async () => {
    const reporter = await harness.user("reporter");
    await harness.db.update(users).set({ disabled: true }).where(eq(users.id, reporter.id));
    identity(reporter.email, uniqueSiret());
    const before = await stored();
    const page = await signInAs(new FetchBrowser(harness), reporter.email);
    expect(page.response.status).toBe(403);
    expect(page.body).toContain("Votre compte Cadre est désactivé");
    expect(await stored()).toEqual(before);
  });

  it("refuses a callback whose state does not match this browser's, and writes nothing", async () => {
    const instructor = await harness.user("instructor");
    identity(instructor.email, uniqueSiret());
    const browser = new FetchBrowser(harness);
    const form = await startAtProvider(browser);
    // Stop at the provider's redirect back to Cadre, then change the state it carries.
    let response = await browser.request(new URL(`${form.url.pathname}/login`, form.url), {
      form: { email: instructor.email },
    });
    let url = new URL(response.headers.get("location")!, form.url);
    while (url.origin !== TEST_ORIGIN) {
      response = await browser.request(url);
      url = new URL(response.headers.get("location")!, url);
    }
    expect(url.pathname).toBe("/connexion/oidc/retour");
    expect(url.searchParams.get("code")).toBeTruthy();
    url.searchParams.set("state", "forged-state");
    const before = await stored();
    const page = await browser.visit(url);
    expect(page.response.status).toBe(400);
    expect(page.body).toContain("n&#39;a pas pu être vérifiée");
    expect(await stored()).toEqual(before);
    expect(browser.cookie(TEST_ORIGIN, SESSION_COOKIE)).toBeUndefined();
    expect(harness.logs.at(-1)).toMatch(/OpenID Connect: \/connexion\/oidc\/retour failed/);
  });

  it("refuses a callback when this browser never started a sign-in", async () => {
    const page = await new FetchBrowser(harness).visit("/connexion/oidc/retour?code=abc&state=xyz");
    expect(page.response.status).toBe(400);
    expect(page.body).toContain("expiré ou n&#39;a pas été commencée depuis ce navigateur");
  });

  it("shows a French page when the person declines at the provider", async () => {
    const browser = new FetchBrowser(harness);
    const form = await startAtProvider(browser);
    const before = await stored();
    const page = await browser.visit(new URL(`${form.url.pathname}/abort`, form.url), { form: {} });
    expect(page.url.pathname).toBe("/connexion/oidc/retour");
    expect(page.url.searchParams.get("error")).toBe("access_denied");
    expect(page.response.status).toBe(403);
    expect(page.body).toContain("Vous avez annulé la connexion");
    expect(await stored()).toEqual(before);
  });

  it("rotates the session at sign-in: a cookie planted before is replaced and its session ended", async () => {
    const instructor = await harness.user("instructor");
    identity(instructor.email, uniqueSiret());
    const browser = new FetchBrowser(harness);
    const form = await startAtProvider(browser);
    // A session cookie set in the browser before the sign-in (session fixation).
    const planted = `planted-${instructor.id}`;
    await createSession(harness.db, planted, instructor.id, harness.clock.now, 3_600_000);
    const signed = await serializeSigned(SESSION_COOKIE, planted, SECRET);
    browser.setCookie(TEST_ORIGIN, SESSION_COOKIE, signed.split(";")[0]!.split("=").slice(1).join("="));
    const landing = await browser.visit(new URL(`${form.url.pathname}/login`, form.url), {
      form: { email: instructor.email },
    });
    expect(landing.url.href).toBe(`${TEST_ORIGIN}/instruction`);
    const fresh = decodeURIComponent(browser.cookie(TEST_ORIGIN, SESSION_COOKIE)!).split(".")[0];
    expect(fresh).not.toBe(planted);
    expect(await harness.db.select().from(sessions).where(eq(sessions.id, planted))).toEqual([]);
  });

  it("ends the session after its lifetime", async () => {
    const instructor = await harness.user("instructor");
    identity(instructor.email, uniqueSiret());
    const browser = new FetchBrowser(harness);
    await signInAs(browser, instructor.email);
    const start = harness.clock.now;
    try {
      harness.clock.now = start + SESSION_TTL_MS - 1000;
      expect((await browser.request(new URL(`${TEST_ORIGIN}/instruction`))).status).toBe(200);
      harness.clock.now = start + SESSION_TTL_MS + 1000;
      const expired = await browser.request(new URL(`${TEST_ORIGIN}/instruction`));
      expect(expired.status).toBe(303);
      expect(expired.headers.get("location")).toBe("/connexion");
    } finally {
      harness.clock.now = start;
    }
  });

  it("signs out at the provider too: end_session with id_token_hint, then the provider asks again", async () => {
    const instructor = await harness.user("instructor");
    identity(instructor.email, uniqueSiret());
    const browser = new FetchBrowser(harness);
    await signInAs(browser, instructor.email);

    // A sign-out on Cadre's side only (the cookie dropped) leaves the provider's session: no form.
    const saved = browser.cookie(TEST_ORIGIN, SESSION_COOKIE)!;
    browser.setCookie(TEST_ORIGIN, SESSION_COOKIE, null);
    expect((await browser.visit("/connexion/oidc")).url.href).toBe(`${TEST_ORIGIN}/instruction`);
    const sessionId = decodeURIComponent(browser.cookie(TEST_ORIGIN, SESSION_COOKIE)!).split(".")[0]!;
    expect(sessionId).not.toBe(decodeURIComponent(saved).split(".")[0]);
    const [row] = await harness.db.select().from(sessions).where(eq(sessions.id, sessionId));

    const signOut = await browser.request(new URL(`${TEST_ORIGIN}/deconnexion`), { form: {} });
    expect(signOut.status).toBe(303);
    const endSession = new URL(signOut.headers.get("location")!);
    expect(endSession.origin).toBe(provider.issuer);
    expect(endSession.pathname).toBe("/session/end");
    expect(endSession.searchParams.get("id_token_hint")).toBe(row!.idToken);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${TEST_ORIGIN}/`);
    expect(endSession.searchParams.get("state")).toBeTruthy();
    expect(await harness.db.select().from(sessions).where(eq(sessions.id, sessionId))).toEqual([]);

    // The provider's confirmation form (sent by a script in a browser), then back to Cadre's home.
    const confirmation = await browser.visit(endSession);
    const { action, fields } = readForm(confirmation, /\/session\/end\/confirm/);
    expect(fields.logout).toBe("yes");
    const home = await browser.visit(action, { form: fields });
    expect(home.url.origin + home.url.pathname).toBe(`${TEST_ORIGIN}/`);
    expect(home.response.status).toBe(200);

    // The provider's session is over: the next sign-in shows its form again.
    await startAtProvider(browser);
  });
});
