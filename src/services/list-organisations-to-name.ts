/** The accounts page's "Organisations à nommer": those first met through a sign-in that nobody has named yet (admins only). */

import { knownName } from "../domain/organisation-naming";
import { authorize } from "../domain/policies";
import { listOrganisationsToName as organisationsToName } from "../storage/people-store";
import type { ServiceContext } from "./context";
import { MANAGE_USERS_REFUSAL } from "./manage-users-refusal";

export interface OrganisationToName {
  readonly id: number;
  readonly siret: string;
  readonly name: string;
  /** The company directory's name, offered in the form; empty for the SIRET placeholder. */
  readonly knownName: string;
}

export async function listOrganisationsToName(ctx: ServiceContext): Promise<OrganisationToName[]> {
  authorize(ctx.actor, "manage_users", MANAGE_USERS_REFUSAL);
  const rows = await organisationsToName(ctx.db);
  return rows.map((row) => ({ id: row.id, siret: row.siret, name: row.name, knownName: knownName(row) }));
}
