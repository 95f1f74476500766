/**
 * Who is behind a session id, looked up on each request so that sign-out, expiry and a
 * disabled account take effect at once: the actor, and the name and organisation pages show.
 */

import type { Actor } from "../domain/roles";
import type { Database } from "../storage/database";
import { findOrganisation, findSessionUser, toActor } from "../storage/people-store";

export async function resumeSession(
  db: Database,
  sessionId: string,
  now: number,
): Promise<{ actor: Actor; organisationName: string | undefined } | null> {
  const user = await findSessionUser(db, sessionId, now);
  if (!user) return null;
  const organisation = user.organisationId ? await findOrganisation(db, user.organisationId) : undefined;
  return { actor: toActor(user), organisationName: organisation?.name };
}
