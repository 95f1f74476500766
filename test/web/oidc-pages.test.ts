/**
 * OpenID Connect without a provider to talk to: the button, the refusals that need no provider,
 * and the accounts policy on the real database. The same file runs on Node and in workerd; the
 * journeys through a real provider are in test/oidc (Node only: oidc-provider is a Node server).
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { resolveOidcUser } from "../../src/services/sign-in-with-oidc";
import { findOrganisationBySiret, findUserByEmail } from "../../src/storage/people-store";
import { organisations, users } from "../../src/storage/schema";
import { DomainError } from "../../src/domain/errors";
import { createHarness } from "../support/harness";
import { rowCounts } from "../support/row-counts";
import { uniqueSiret } from "../support/harness-core";

// Nothing listens on port 9 (discard) here: the provider is unreachable at once.
const UNREACHABLE = { issuer: "http://127.0.0.1:9/", clientId: "cadre", clientSecret: "secret" };

describe("OpenID Connect pages", async () => {
  const plain = await createHarness();
  const configured = await createHarness({ oidc: UNREACHABLE });

  it("shows the ProConnect button only when a provider is configured", async () => {
    const withButton = await (await configured.request("/connexion")).text();
    expect(withButton).toContain('class="fr-connect fr-connect--pro" href="/connexion/oidc"');
    expect(withButton).toContain("S’identifier avec");
    expect(withButton).not.toContain("n'est pas encore configurée");
    const without = await (await plain.request("/connexion")).text();
    expect(without).not.toContain("fr-connect");
    expect(without).toContain("n&#39;est pas encore configurée");
  });

  it("lets the sign-out form reach the provider (CSP form-action) only when one is configured", async () => {
    const policy = (await configured.request("/connexion")).headers.get("content-security-policy");
    expect(policy).toContain("form-action 'self' http://127.0.0.1:9");
    expect((await plain.request("/connexion")).headers.get("content-security-policy")).toContain("form-action 'self';");
  });

  it("answers 404 on the OpenID Connect routes when no provider is configured", async () => {
    expect((await plain.request("/connexion/oidc")).status).toBe(404);
    expect((await plain.request("/connexion/oidc/retour?code=a&state=b")).status).toBe(404);
  });

  it("shows a French page when the provider cannot be reached", async () => {
    const response = await configured.request("/connexion/oidc");
    expect(response.status).toBe(502);
    const page = await response.text();
    expect(page).toContain("Connexion impossible");
    expect(page).toContain("Le fournisseur d&#39;identité ne répond pas");
    expect(configured.logs.at(-1)).toMatch(/^\[cadre\] OpenID Connect: \/connexion\/oidc failed: /);
  });

  it("refuses a callback that this browser did not start", async () => {
    const response = await configured.request("/connexion/oidc/retour?code=a&state=b");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Cette connexion a expiré");
  });

  it("signs a session opened without OpenID Connect out locally, without asking the provider", async () => {
    const user = await configured.user("instructor");
    const response = await configured.request("/deconnexion", { method: "POST", as: user });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });
});

describe("who an OpenID Connect identity is (resolveOidcUser)", async () => {
  const harness = await createHarness();
  const identity = (email: string, siret: string | null) => ({
    email,
    name: "Alix Martin",
    siret,
    organisationName: null,
  });
  const counts = () => rowCounts(harness.db, { users, organisations });
  async function refusal(promise: Promise<unknown>): Promise<DomainError> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }

  it.each(["instructor", "reporter", "admin", "applicant"] as const)(
    "signs a known %s in as that account, whatever SIRET the provider sends",
    async (role) => {
      const organisation = role === "applicant" ? await harness.organisation() : null;
      const user = await harness.user(role, organisation?.id ?? null);
      const before = await counts();
      const found = await resolveOidcUser(harness.db, identity(user.email.toUpperCase(), uniqueSiret()), 0);
      expect(found).toMatchObject({ id: user.id, role, organisationId: organisation?.id ?? null });
      expect(await counts()).toEqual(before);
    },
  );

  it("refuses a disabled account", async () => {
    const user = await harness.user("instructor");
    await harness.db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    const error = await refusal(resolveOidcUser(harness.db, identity(user.email, uniqueSiret()), 0));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toContain("désactivé");
  });

  it("makes an unknown e-mail with a valid SIRET an applicant, creating the organisation", async () => {
    const siret = uniqueSiret();
    const user = await resolveOidcUser(harness.db, identity(`new-${siret}@mairie.example.fr`, siret), 5);
    const organisation = await findOrganisationBySiret(harness.db, siret);
    expect(organisation).toMatchObject({ name: `Organisation SIRET ${siret}`, kind: "autre", createdAt: 5 });
    expect(user).toMatchObject({ role: "applicant", organisationId: organisation!.id, name: "Alix Martin" });
  });

  it("uses the organisation's name when the provider sends one", async () => {
    const siret = uniqueSiret();
    await resolveOidcUser(
      harness.db,
      { ...identity(`named-${siret}@mairie.example.fr`, siret), organisationName: "Mairie de Valbrune" },
      5,
    );
    expect((await findOrganisationBySiret(harness.db, siret))?.name).toBe("Mairie de Valbrune");
  });

  it("attaches an unknown e-mail to the existing organisation of its SIRET", async () => {
    const organisation = await harness.organisation({ name: "Commune de Rochebrune" });
    const before = await counts();
    const user = await resolveOidcUser(harness.db, identity(`joins-${organisation.siret}@x.fr`, organisation.siret), 5);
    expect(user).toMatchObject({ role: "applicant", organisationId: organisation.id });
    expect((await findOrganisationBySiret(harness.db, organisation.siret))?.name).toBe("Commune de Rochebrune");
    expect(await counts()).toEqual({ users: before.users + 1, organisations: before.organisations });
  });

  it.each([
    { case: "no SIRET", siret: null },
    { case: "a SIRET with a wrong key", siret: "21350001400014" },
    { case: "a SIRET too short", siret: "2135000140" },
  ])("refuses an unknown e-mail with $case, writing nothing", async ({ siret }) => {
    const before = await counts();
    const email = `refused-${uniqueSiret()}@x.fr`;
    const error = await refusal(resolveOidcUser(harness.db, identity(email, siret), 5));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("aucun compte n'a été créé");
    expect(await counts()).toEqual(before);
    expect(await findUserByEmail(harness.db, email)).toBeUndefined();
  });
});
