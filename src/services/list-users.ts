/** The accounts page's rows: every account with its organisation (admins only). */

import { authorize } from "../domain/policies";
import { listUsersWithOrganisation, type UserListing } from "../storage/people-store";
import type { ServiceContext } from "./context";
import { MANAGE_USERS_REFUSAL } from "./manage-users-refusal";

export async function listUsers(ctx: ServiceContext): Promise<UserListing[]> {
  authorize(ctx.actor, "manage_users", MANAGE_USERS_REFUSAL);
  return listUsersWithOrganisation(ctx.db);
}
