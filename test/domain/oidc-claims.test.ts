/** What Cadre reads from a provider's claims: a table of claim sets and the identity (or refusal). */

import { describe, expect, it } from "vitest";
import { organisationNameForSiret, readIdentity } from "../../src/domain/oidc-claims";

describe("readIdentity", () => {
  it.each([
    {
      case: "ProConnect's claims",
      claims: {
        sub: "x",
        email: "Camille.Rousseau@Mairie.fr",
        given_name: "Camille",
        usual_name: "Rousseau",
        siret: "21350001400013",
      },
      identity: {
        email: "camille.rousseau@mairie.fr",
        name: "Camille Rousseau",
        siret: "21350001400013",
        organisationName: null,
      },
    },
    {
      case: "a SIRET written with spaces",
      claims: { email: "a@b.fr", given_name: "A", usual_name: "B", siret: "213 500 014 00013" },
      identity: { email: "a@b.fr", name: "A B", siret: "21350001400013", organisationName: null },
    },
    {
      case: "no SIRET (kept as null: only new accounts need one)",
      claims: { email: "a@b.fr", given_name: "A", usual_name: "B" },
      identity: { email: "a@b.fr", name: "A B", siret: null, organisationName: null },
    },
    {
      case: "an invalid SIRET (passed on as is: the service decides)",
      claims: { email: "a@b.fr", siret: "123" },
      identity: { email: "a@b.fr", name: "a@b.fr", siret: "123", organisationName: null },
    },
    {
      case: "standard OIDC names instead of ProConnect's",
      claims: { email: "a@b.fr", given_name: "Anne", family_name: "Bon", organization_name: "Mairie de Là" },
      identity: { email: "a@b.fr", name: "Anne Bon", siret: null, organisationName: "Mairie de Là" },
    },
    {
      case: "role-like claims, which are ignored",
      claims: { email: "a@b.fr", name: "Anne", role: "admin", roles: ["admin"], groups: ["instructeurs"] },
      identity: { email: "a@b.fr", name: "Anne", siret: null, organisationName: null },
    },
  ])("reads $case", ({ claims, identity }) => {
    expect(readIdentity(claims)).toEqual({ ok: true, identity });
  });

  it.each([
    { case: "no e-mail", claims: { sub: "x", given_name: "A" } },
    { case: "an empty e-mail", claims: { email: "  " } },
    { case: "something that is not an e-mail", claims: { email: "camille" } },
    { case: "an e-mail that is not a string", claims: { email: ["a@b.fr"] } },
  ])("refuses $case in French", ({ claims }) => {
    const reading = readIdentity(claims);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/adresse électronique valide/);
  });

  it("names an organisation first met through a sign-in after its SIRET", () => {
    expect(organisationNameForSiret("21350001400013")).toBe("Organisation SIRET 21350001400013");
  });
});
