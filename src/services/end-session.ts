/** Ends a session; returns the provider's ID token when the session came through OpenID Connect. */

import type { Database } from "../storage/database";
import { deleteSession, findSessionIdToken } from "../storage/people-store";

export async function endSession(db: Database, sessionId: string): Promise<string | null> {
  const idToken = await findSessionIdToken(db, sessionId);
  await deleteSession(db, sessionId);
  return idToken;
}
