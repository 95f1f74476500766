/**
 * An organisation created from a ProConnect sign-in is called by its SIRET until its agent (at
 * the first visit) or an admin names it: the form, its French messages, one change with its
 * event (before and after), the name shown everywhere, and who may do it.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organisationNameForSiret } from "../../src/domain/oidc-claims";
import {
  findOrganisationBySiret,
  findUserByEmail,
  insertApplicantWithOrganisation,
} from "../../src/storage/people-store";
import { organisationEvents } from "../../src/storage/schema";
import { createHarness } from "../support/harness";
import { uniqueSiret, type Harness } from "../support/harness-core";
import { pageText } from "../support/html";
import { submittedRequest } from "../support/requests";

async function signedUpAgent(harness: Harness, email: string, directoryName?: string) {
  const siret = uniqueSiret();
  await insertApplicantWithOrganisation(
    harness.db,
    { email, name: "Agent ProConnect", siret, organisationName: directoryName ?? organisationNameForSiret(siret) },
    harness.clock.now,
  );
  return {
    siret,
    agent: (await findUserByEmail(harness.db, email))!,
    organisation: (await findOrganisationBySiret(harness.db, siret))!,
  };
}

describe("naming an organisation", async () => {
  const harness = await createHarness();
  const { siret, agent, organisation } = await signedUpAgent(harness, `agent-${Date.now()}@plouzane.fr`);
  const instructor = await harness.user("instructor");
  const admin = await harness.user("admin");
  const name = (fields: Record<string, string>, as = agent, path = "/demandes") =>
    harness.request(path, { method: "POST", as, body: new URLSearchParams(fields) });
  const eventsOf = (id: number) =>
    harness.db.select().from(organisationEvents).where(eq(organisationEvents.organisationId, id));

  it("asks the agent for the name at the first visit", async () => {
    const text = await pageText(await harness.request("/demandes", { as: agent }));
    expect(text).toContain("Quel est le nom de votre organisation ?");
    expect(text).toContain(`SIRET ${siret}`);
  });

  it("refuses empty or wrong fields in French, keeps what was typed, writes nothing", async () => {
    const response = await name({ nom: " ", type: "mairie", departement: "100" });
    expect(response.status).toBe(422);
    const html = await response.text();
    const text = await pageText(new Response(html));
    expect(text).toContain("Indiquez le nom de l'organisation");
    expect(text).toContain("Choisissez le type d'organisation dans la liste.");
    expect(text).toContain("Indiquez le numéro du département");
    expect(html).toContain('value="100"');
    expect((await findOrganisationBySiret(harness.db, siret))!.name).toBe(organisationNameForSiret(siret));
    expect(await eventsOf(organisation.id)).toHaveLength(0);
  });

  it("names it once, with its event, and the name shows on its requests for the instructor", async () => {
    const response = await name({ nom: "  Commune   de Plouzané ", type: "commune", departement: "29" });
    expect(response.status).toBe(303);
    expect(await findOrganisationBySiret(harness.db, siret)).toMatchObject({
      name: "Commune de Plouzané",
      kind: "commune",
      departement: "29",
    });
    const [event] = await eventsOf(organisation.id);
    expect(event).toMatchObject({ type: "named", actorId: agent.id });
    expect(JSON.parse(event!.payload)).toEqual({
      before: { name: organisationNameForSiret(siret), kind: "autre", departement: "" },
      after: { name: "Commune de Plouzané", kind: "commune", departement: "29" },
    });
    const page = await pageText(await harness.request("/demandes", { as: agent }));
    expect(page).not.toContain("Quel est le nom de votre organisation ?");
    expect(page).toContain("Commune de Plouzané");
    const id = await submittedRequest(harness, agent);
    const review = await pageText(await harness.request(`/instruction/demandes/${id}`, { as: instructor }));
    expect(review).toContain("Commune de Plouzané");
    expect(review).toContain("département 29");
    // Renaming afterwards is the admins' job.
    expect((await name({ nom: "Autre nom", type: "commune", departement: "29" })).status).toBe(409);
    expect(await eventsOf(organisation.id)).toHaveLength(1);
  });

  it("lets an admin name an organisation from the accounts page, and nobody else", async () => {
    const other = await signedUpAgent(harness, `agent-${Date.now()}@brest.fr`);
    const listed = await pageText(await harness.request("/admin/utilisateurs", { as: admin }));
    expect(listed).toContain("Organisations à nommer");
    expect(listed).toContain(organisationNameForSiret(other.siret));
    const path = `/admin/organisations/${other.organisation.id}/nom`;
    const fields = { nom: "Brest métropole", type: "epci", departement: "29" };
    expect((await name(fields, instructor, path)).status).toBe(403);
    expect((await name(fields, agent, path)).status).toBe(403);
    expect((await name(fields, admin, path)).status).toBe(303);
    expect((await findOrganisationBySiret(harness.db, other.siret))!.name).toBe("Brest métropole");
    expect(await eventsOf(other.organisation.id)).toMatchObject([{ type: "named", actorId: admin.id }]);
    expect(await pageText(await harness.request("/admin/utilisateurs", { as: admin }))).not.toContain(
      organisationNameForSiret(other.siret),
    );
  });

  it("offers the company directory's name, and still asks for the kind and the département", async () => {
    const named = await signedUpAgent(harness, `agent-${Date.now()}@quimper.fr`, "COMMUNE DE QUIMPER");
    const html = await (await harness.request("/demandes", { as: named.agent })).text();
    expect(await pageText(new Response(html))).toContain("Quel est le nom de votre organisation ?");
    expect(html).toContain('value="COMMUNE DE QUIMPER"');
    const response = await name({ nom: "Commune de Quimper", type: "commune", departement: "29" }, named.agent);
    expect(response.status).toBe(303);
    expect(await findOrganisationBySiret(harness.db, named.siret)).toMatchObject({ departement: "29" });
    expect(JSON.parse((await eventsOf(named.organisation.id))[0]!.payload).before).toEqual({
      name: "COMMUNE DE QUIMPER",
      kind: "autre",
      departement: "",
    });
  });
});
