/**
 * Naming an organisation first met through a sign-in (ProConnect, an API token, DataPass): it
 * gets the company directory's name, or is called by its SIRET, and has no kind nor département.
 * Its agent (or an admin) gives its name, kind and département; the rules for those fields, with
 * one French message per field.
 */

import { invalid } from "./errors";
import { organisationNameForSiret } from "./oidc-claims";
import { ORGANISATION_KINDS, type OrganisationKind } from "./organisation";

export interface OrganisationNaming {
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly departement: string;
}

const MAX_ORGANISATION_NAME_LENGTH = 150;

/** Still called by its SIRET, or without département: nobody has named it yet. */
export function needsName(organisation: { name: string; siret: string; departement: string }): boolean {
  return organisation.name === organisationNameForSiret(organisation.siret) || organisation.departement === "";
}

/** The name to offer in the form: the directory's, if it gave one; nothing for the SIRET placeholder. */
export function knownName(organisation: { name: string; siret: string }): string {
  return organisation.name === organisationNameForSiret(organisation.siret) ? "" : organisation.name;
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
