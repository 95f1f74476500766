/** The actor behind an API token (kept as a hash only): a live token of an enabled account, or null. */

import { sha256Hex } from "../domain/digest";
import type { Actor } from "../domain/roles";
import type { Database } from "../storage/database";
import { toActor } from "../storage/people-store";
import { findTokenUser } from "../storage/tokens-store";

export async function authenticateToken(db: Database, token: string): Promise<Actor | null> {
  const user = await findTokenUser(db, await sha256Hex(token));
  return user ? toActor(user) : null;
}
