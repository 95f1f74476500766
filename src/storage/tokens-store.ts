/** API tokens: created with their hash, looked up by hash, never stored in clear. */

import { and, eq, isNull } from "drizzle-orm";
import type { Database, Statement } from "./database";
import type { UserRow } from "./people-store";
import { apiTokens, users } from "./schema";

export function apiTokenStatement(
  db: Database,
  values: { tokenHash: string; userId: number; label: string },
  now: number,
): Statement {
  return db.insert(apiTokens).values({ ...values, createdAt: now });
}

export async function insertApiToken(
  db: Database,
  values: { tokenHash: string; userId: number; label: string },
  now: number,
) {
  await db.insert(apiTokens).values({ ...values, createdAt: now });
}

/** The user of a live token (not revoked, user not disabled). */
export async function findTokenUser(db: Database, tokenHash: string): Promise<UserRow | undefined> {
  const row = await db
    .select({ user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.disabled, false)))
    .get();
  return row?.user;
}
