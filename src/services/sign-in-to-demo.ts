/**
 * The demo's one-click sign-in: only the demo's own accounts, and never a disabled one (it
 * would get a session, then be sent back to sign in again and again).
 */

import { forbidden, notFound } from "../domain/errors";
import { DEMO_ACCOUNT_EMAILS } from "../demo/accounts";
import type { Database } from "../storage/database";
import { findUserByEmail, type UserRow } from "../storage/people-store";
import { DISABLED_MESSAGE } from "./sign-in-with-oidc";

export async function demoAccountToSignIn(db: Database, email: string): Promise<UserRow> {
  const user = DEMO_ACCOUNT_EMAILS.includes(email) ? await findUserByEmail(db, email) : undefined;
  if (!user) throw notFound("Ce compte de démonstration n'existe pas.");
  if (user.disabled) throw forbidden(DISABLED_MESSAGE);
  return user;
}
