/**
 * Creating an API token for a role (the `cadre token create` command, and later the admin
 * page): the organisation and the user are created when they do not exist yet. Returns the
 * token, which is shown once; only its hash is kept.
 */

import { invalid } from "../domain/errors";
import { randomHex, sha256Hex } from "../domain/digest";
import { isValidSiret } from "../domain/organisation";
import type { Role } from "../domain/roles";
import type { Database } from "../storage/database";
import { findOrganisationBySiret, findUserByEmail, insertOrganisation, insertUser } from "../storage/people-store";
import { insertApiToken } from "../storage/tokens-store";
import type { OrganisationNameLookup } from "../outbound/company-directory";

export interface TokenRequest {
  readonly role: Role;
  readonly siret?: string;
  readonly email?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `lookupName` names a new organisation from the company directory; without it, or when it fails, the placeholder. */
export async function createApiToken(
  db: Database,
  request: TokenRequest,
  now: number,
  lookupName?: OrganisationNameLookup,
): Promise<string> {
  const siret = request.siret?.replace(/\s/g, "");
  if (request.role === "applicant" && !siret)
    throw invalid("Un jeton de collectivité demande le SIRET de l'organisation (--siret).");
  if (siret && !isValidSiret(siret))
    throw invalid(`Le SIRET ${siret} n'est pas valide (14 chiffres, clé de contrôle).`);
  if (request.email && !EMAIL.test(request.email))
    throw invalid(`L'adresse ${request.email} n'est pas une adresse e-mail.`);

  const organisation =
    request.role === "applicant" && siret
      ? ((await findOrganisationBySiret(db, siret)) ??
        (await insertOrganisation(
          db,
          { siret, name: (await lookupName?.(siret)) ?? `Organisation ${siret}`, kind: "autre", departement: "" },
          now,
        )))
      : undefined;
  const email = (request.email ?? `api-${request.role}-${siret ?? randomHex(4)}@cadre.local`).toLowerCase();
  const existing = await findUserByEmail(db, email);
  if (existing && (existing.role !== request.role || (organisation && existing.organisationId !== organisation.id))) {
    throw invalid(`Le compte ${email} existe déjà avec un autre rôle ou une autre organisation.`);
  }
  const user =
    existing ??
    (await insertUser(
      db,
      {
        email,
        name: request.email ?? `Compte API (${request.role})`,
        role: request.role,
        organisationId: organisation?.id ?? null,
      },
      now,
    ));
  const token = `cadre_${randomHex(32)}`;
  await insertApiToken(db, { tokenHash: await sha256Hex(token), userId: user.id, label: "cli" }, now);
  return token;
}
