/**
 * An organisation's name from the API Recherche d'entreprises, against a local stand-in that
 * answers its JSON: the matching SIRET is found, and every failure falls back to the placeholder.
 */

import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createNodeGuard } from "../../src/entry/node-outbound";
import { createCompanyDirectory, nameForSiret } from "../../src/outbound/company-directory";
import { createApiToken } from "../../src/services/create-api-token";
import { resolveOidcUser } from "../../src/services/sign-in-with-oidc";
import { findOrganisationBySiret } from "../../src/storage/people-store";
import { organisations } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { uniqueSiret } from "../support/harness-core";
import { startLocalServer } from "../support/local-server";

const answerFor = (siret: string, name: string) => ({
  results: [
    { nom_complet: "COMMUNE VOISINE", siege: { siret: "21350001800013" }, matching_etablissements: [] },
    { nom_complet: name, siege: { siret: "00000000000000" }, matching_etablissements: [{ siret }] },
  ],
  total_results: 2,
});

describe("nameForSiret", () => {
  it("takes the result whose head office or establishment is the SIRET, never a neighbour", () => {
    expect(nameForSiret(answerFor("21350238800019", "COMMUNE DE RENNES"), "21350238800019")).toBe("COMMUNE DE RENNES");
    expect(
      nameForSiret(
        { results: [{ nom_complet: " MAIRIE\u0007 ", siege: { siret: "21350238800019" } }] },
        "21350238800019",
      ),
    ).toBe("MAIRIE");
    expect(nameForSiret(answerFor("21350238800019", "X"), "21350001800099")).toBeNull();
    expect(nameForSiret({ results: [{ nom_complet: 42, siege: { siret: "1" } }] }, "1")).toBeNull();
    expect(nameForSiret({}, "1")).toBeNull();
  });
});

describe("organisation names from the company directory", async () => {
  const harness = await createHarness();
  const names = new Map<string, string>();
  const standIn = await startLocalServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://stand-in");
    const siret = url.searchParams.get("q") ?? "";
    if (url.pathname !== "/search") return response.writeHead(404).end();
    if (siret.endsWith("0") && !names.has(siret)) return response.writeHead(500).end("panne");
    if (!names.has(siret)) return; // never answers: the lookup must give up on its own
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(answerFor(siret, names.get(siret)!)));
  });
  afterAll(() => standIn.close());
  const guard = createNodeGuard({ allowLoopback: true });
  const lookup = createCompanyDirectory(guard.fetch, standIn.origin, 300);

  it("asks GET /search?q=SIRET and reads nom_complet", async () => {
    const siret = uniqueSiret();
    names.set(siret, "COMMUNE DE SAINT-MALO");
    expect(await lookup(siret)).toBe("COMMUNE DE SAINT-MALO");
    expect(standIn.hits.at(-1)?.path).toBe(`/search?q=${siret}`);
  });

  it("gives null on an error, a silence or a forbidden address", async () => {
    expect(await lookup("21350000000000")).toBeNull(); // 500
    expect(await lookup("21350000000001")).toBeNull(); // no answer within the time
    const production = createCompanyDirectory(createNodeGuard({ allowLoopback: false }).fetch, standIn.origin);
    const siret = uniqueSiret();
    names.set(siret, "JAMAIS DEMANDÉ");
    const before = standIn.hits.length;
    expect(await production(siret)).toBeNull();
    expect(standIn.hits.length).toBe(before);
  });

  it("names the organisation a sign-in creates, and keeps the placeholder when the lookup fails", async () => {
    const siret = uniqueSiret();
    names.set(siret, "COMMUNE DE DINARD");
    const identity = (email: string, value: string) => ({ email, name: "Alix", siret: value, organisationName: null });
    await resolveOidcUser(harness.db, identity(`a-${siret}@mairie.fr`, siret), 0, lookup);
    expect((await findOrganisationBySiret(harness.db, siret))?.name).toBe("COMMUNE DE DINARD");
    // Already known: no second lookup, the name stays.
    const hits = standIn.hits.length;
    await resolveOidcUser(harness.db, identity(`b-${siret}@mairie.fr`, siret), 0, lookup);
    expect(standIn.hits.length).toBe(hits);
    const unknown = uniqueSiret(); // not in the stand-in: an error or a silence
    await resolveOidcUser(harness.db, identity(`c-${unknown}@mairie.fr`, unknown), 0, lookup);
    expect((await findOrganisationBySiret(harness.db, unknown))?.name).toBe(`Organisation SIRET ${unknown}`);
  });

  it("names the organisation a token creates, and keeps the placeholder when the lookup fails", async () => {
    const siret = uniqueSiret();
    names.set(siret, "COMMUNAUTÉ DE COMMUNES DU TEST");
    await createApiToken(harness.db, { role: "applicant", siret }, 0, lookup);
    expect((await findOrganisationBySiret(harness.db, siret))?.name).toBe("COMMUNAUTÉ DE COMMUNES DU TEST");
    const unknown = uniqueSiret(); // not in the stand-in: an error or a silence
    await createApiToken(harness.db, { role: "applicant", siret: unknown }, 0, lookup);
    const [row] = await harness.db.select().from(organisations).where(eq(organisations.siret, unknown));
    expect(row?.name).toBe(`Organisation ${unknown}`);
  });
});
