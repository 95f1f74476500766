/**
 * Who an OpenID Connect identity is in Cadre (README "Connexion avec ProConnect"): a known e-mail
 * is that account; an unknown e-mail with a valid SIRET becomes an applicant of that SIRET's
 * organisation (created if missing). Staff roles are never granted here: admins create them.
 */

import { forbidden, invalid } from "../domain/errors";
import { isValidSiret } from "../domain/organisation";
import { organisationNameForSiret, type OidcIdentity } from "../domain/oidc-claims";
import type { Database } from "../storage/database";
import type { OrganisationNameLookup } from "../outbound/company-directory";
import {
  findOrganisationBySiret,
  findUserByEmail,
  insertApplicantWithOrganisation,
  type UserRow,
} from "../storage/people-store";

export const DISABLED_MESSAGE =
  "Votre compte Cadre est désactivé. Si vous pensez que c'est une erreur, contactez l'administrateur de Cadre.";

/** `lookupName` names a new organisation from the company directory; without it, or when it fails, the placeholder. */
export async function resolveOidcUser(
  db: Database,
  identity: OidcIdentity,
  now: number,
  lookupName?: OrganisationNameLookup,
): Promise<UserRow> {
  const known = await findUserByEmail(db, identity.email);
  if (known) {
    if (known.disabled) throw forbidden(DISABLED_MESSAGE);
    return known;
  }
  if (!identity.siret || !isValidSiret(identity.siret)) {
    throw invalid(
      `Aucun compte Cadre n'existe pour ${identity.email}, et le fournisseur d'identité n'a pas transmis de SIRET valide : ` +
        "Cadre ne peut pas vous rattacher à une collectivité, aucun compte n'a été créé. " +
        "Si vous instruisez les demandes, demandez à l'équipe qui administre Cadre de créer votre compte avec cette adresse.",
    );
  }
  const organisationExists = (await findOrganisationBySiret(db, identity.siret)) !== undefined;
  const looked =
    organisationExists || identity.organisationName || !lookupName ? null : await lookupName(identity.siret);
  await insertApplicantWithOrganisation(
    db,
    {
      email: identity.email,
      name: identity.name,
      siret: identity.siret,
      organisationName: identity.organisationName ?? looked ?? organisationNameForSiret(identity.siret),
    },
    now,
  );
  const created = await findUserByEmail(db, identity.email);
  // Only a concurrent sign-in (or an admin) could have written another row for this e-mail.
  if (!created) throw new Error("applicant row missing after insert");
  if (created.disabled) throw forbidden(DISABLED_MESSAGE);
  return created;
}
