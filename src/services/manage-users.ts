/**
 * Admins manage accounts: create one by e-mail (staff accounts are never created from identity
 * claims), change a role, disable or enable an account, give an account an API token. Guard rails: an applicant always belongs to an organisation, and an admin cannot lock
 * themselves out.
 */

import { eq } from "drizzle-orm";
import { invalid, notFound } from "../domain/errors";
import { randomHex, sha256Hex } from "../domain/digest";
import { SYSTEM_ROLE, type Role } from "../domain/roles";
import { isValidSiret } from "../domain/organisation";
import { findOrganisationBySiret, findUserByEmail, findUserById, insertUser } from "../storage/people-store";
import { users } from "../storage/schema";
import { insertApiToken } from "../storage/tokens-store";
import { requireAdmin, type ServiceContext } from "./context";
import { normaliseText } from "../domain/required-text";

const ADMIN_ONLY = "Seul un administrateur gère les comptes.";

export async function updateUser(
  ctx: ServiceContext,
  input: { userId: number; role: Role; disabled: boolean },
): Promise<void> {
  requireAdmin(ctx, ADMIN_ONLY);
  const user = await findUserById(ctx.db, input.userId);
  // Cadre's own account (scheduled jobs) stays disabled and out of reach.
  if (!user || user.role === SYSTEM_ROLE) throw notFound("Ce compte est introuvable.");
  if (input.userId === ctx.actor.userId && (input.role !== "admin" || input.disabled)) {
    throw invalid("Vous ne pouvez pas retirer vos propres droits d'administrateur.", {
      role: "Demandez-le à un autre administrateur.",
    });
  }
  if (input.role === "applicant" && user.organisationId === null) {
    throw invalid("Un compte de collectivité doit être rattaché à une organisation.", {
      role: "Ce compte n'a pas d'organisation.",
    });
  }
  await ctx.db.update(users).set({ role: input.role, disabled: input.disabled }).where(eq(users.id, input.userId));
}

/** A new token for the account, returned once (only its hash is kept). */
export async function createTokenForUser(ctx: ServiceContext, userId: number): Promise<string> {
  requireAdmin(ctx, ADMIN_ONLY);
  const user = await findUserById(ctx.db, userId);
  if (!user || user.role === SYSTEM_ROLE) throw notFound("Ce compte est introuvable.");
  if (user.disabled) throw invalid("Ce compte est désactivé : réactivez-le avant de lui créer un jeton.");
  const token = `cadre_${randomHex(32)}`;
  await insertApiToken(
    ctx.db,
    { tokenHash: await sha256Hex(token), userId, label: `admin:${ctx.actor.userId}` },
    ctx.now(),
  );
  return token;
}

export interface NewAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Required for an applicant: the SIRET of an organisation already known to Cadre. */
  readonly siret: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A new account, signed in later through ProConnect with the same e-mail. An applicant joins an
 * organisation that already exists; a new organisation comes from its first agent's sign-in.
 */
export async function createAccount(ctx: ServiceContext, input: NewAccount): Promise<void> {
  requireAdmin(ctx, ADMIN_ONLY);
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
  await insertUser(ctx.db, { email, name, role: input.role, organisationId }, ctx.now());
}
