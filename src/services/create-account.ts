/**
 * An admin creates an account by e-mail, signed in later through ProConnect with the same
 * e-mail (staff accounts are never created from identity claims). An applicant joins an
 * organisation that already exists; a new organisation comes from its first agent's sign-in.
 */

import { invalid } from "../domain/errors";
import { normaliseText } from "../domain/required-text";
import { isValidSiret } from "../domain/organisation";
import { authorize } from "../domain/policies";
import type { Role } from "../domain/roles";
import { runAtomically } from "../storage/database";
import { adminEventStatement } from "../storage/event-rows";
import { newUserId } from "../storage/ids";
import { findOrganisationBySiret, findUserByEmail, userInsertStatement } from "../storage/people-store";
import type { ServiceContext } from "./context";
import { MANAGE_USERS_REFUSAL } from "./manage-users-refusal";

export interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Required for an applicant: the SIRET of an organisation already known to Cadre. */
  readonly siret: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createAccount(ctx: ServiceContext, input: NewAccount): Promise<void> {
  authorize(ctx.actor, "manage_users", MANAGE_USERS_REFUSAL);
  const email = normaliseText(input.email).toLowerCase();
  const name = normaliseText(input.name);
  const siret = input.siret.replace(/\s/g, "");
  const errors: Record<string, string> = {};
  if (!EMAIL.test(email)) errors.email = "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.";
  if (!name) errors.name = "Saisissez le nom de la personne.";
  let organisationId: number | null = null;
  if (input.role === "applicant") {
    const organisation = isValidSiret(siret) ? await findOrganisationBySiret(ctx.db, siret) : undefined;
    if (!isValidSiret(siret))
      errors.siret = "Un compte de collectivité demande le SIRET (14 chiffres) de son organisation.";
    else if (!organisation) {
      errors.siret =
        "Aucune organisation n'a ce SIRET dans Cadre : l'agent peut se connecter avec ProConnect, son organisation sera créée.";
    } else organisationId = organisation.id;
  }
  if (!errors.email && (await findUserByEmail(ctx.db, email)))
    errors.email = "Un compte existe déjà avec cette adresse.";
  if (Object.keys(errors).length > 0)
    throw invalid("Le compte n'a pas été créé : corrigez les champs signalés.", errors);
  const now = ctx.now();
  await runAtomically(ctx.db, [
    userInsertStatement(ctx.db, { email, name, role: input.role, organisationId }, now),
    adminEventStatement(
      ctx.db,
      {
        actorId: ctx.actor.userId,
        type: "user_created",
        subjectType: "user",
        subjectId: newUserId(),
        payload: { email, role: input.role, organisationId },
      },
      now,
    ),
  ]);
}
