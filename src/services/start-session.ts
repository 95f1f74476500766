/**
 * A fresh session at every sign-in (a new random id), replacing the one the browser had; the
 * provider's ID token, when the user came through OpenID Connect, is kept for the sign-out.
 */

import { randomHex } from "../domain/digest";
import type { Database } from "../storage/database";
import { createSession, deleteSession } from "../storage/people-store";

export async function startSession(
  db: Database,
  input: { userId: number; replaces: string | null; idToken: string | null; ttlMs: number },
  now: number,
): Promise<string> {
  if (input.replaces) await deleteSession(db, input.replaces);
  const id = randomHex(32);
  await createSession(db, id, input.userId, now, input.ttlMs, input.idToken);
  return id;
}
