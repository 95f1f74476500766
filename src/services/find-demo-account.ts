/** The demo accounts the sign-in page offers (demo mode only), and the one a visitor picks. */

import { DEMO_ACCOUNT_EMAILS } from "../demo/accounts";
import { forbidden } from "../domain/errors";
import type { Role } from "../domain/roles";
import type { Database } from "../storage/database";
import { findOrganisation, findUserByEmail } from "../storage/people-store";
import { DISABLED_MESSAGE } from "./sign-in-with-oidc";

interface DemoAccount {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly organisationName?: string;
}

/**
 * The account behind a demo e-mail, or undefined for any other address; never a disabled one
 * (it would get a session, then be sent back to sign in again and again).
 */
export async function findDemoUser(db: Database, email: string): Promise<{ id: number; role: Role } | undefined> {
  if (!DEMO_ACCOUNT_EMAILS.includes(email)) return undefined;
  const user = await findUserByEmail(db, email);
  if (user?.disabled) throw forbidden(DISABLED_MESSAGE);
  return user ? { id: user.id, role: user.role as Role } : undefined;
}

export async function listDemoAccounts(db: Database): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const email of DEMO_ACCOUNT_EMAILS) {
    const user = await findUserByEmail(db, email);
    if (!user) continue;
    const organisation = user.organisationId ? await findOrganisation(db, user.organisationId) : undefined;
    accounts.push({ email, name: user.name, role: user.role as Role, organisationName: organisation?.name });
  }
  return accounts;
}
