/**
 * Naming an organisation first met through a ProConnect sign-in: until then it is called by its
 * SIRET. Its agent (or an admin) gives its name, kind and département; the rules for those
 * fields, with one French message per field.
 */

import { invalid } from "./errors";
import { organisationNameForSiret } from "./oidc-claims";
import { ORGANISATION_KINDS, type OrganisationKind } from "./organisation";

export interface OrganisationNaming {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly departement: string;
}

export const MAX_ORGANISATION_NAME_LENGTH = 150;

/** Still called by its SIRET: nobody has named it yet. */
export function needsName(organisation: { name: string; siret: string }): boolean {
  return organisation.name === organisationNameForSiret(organisation.siret);
}

export function validateOrganisationNaming(raw: {
  name: string;
  kind: string;
  departement: string;
}): OrganisationNaming {
  const fields: Record<string, string> = {};
  const name = raw.name.trim().replace(/\s+/g, " ");
  if (name.length < 2) fields.nom = "Indiquez le nom de l'organisation, par exemple « Commune de Plouzané ».";
  else if (name.length > MAX_ORGANISATION_NAME_LENGTH)
    fields.nom = `Ce nom ne doit pas dépasser ${MAX_ORGANISATION_NAME_LENGTH} caractères.`;
  const kind = ORGANISATION_KINDS.find((candidate) => candidate === raw.kind);
  if (!kind) fields.type = "Choisissez le type d'organisation dans la liste.";
  const departement = raw.departement.trim().toUpperCase();
  if (!/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/.test(departement))
    fields.departement = "Indiquez le numéro du département, par exemple 29, 2A ou 974.";
  if (Object.keys(fields).length > 0 || !kind) throw invalid("Certains champs sont à corriger.", fields);
  return { name, kind, departement };
}
