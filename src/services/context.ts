/** What every service verb receives: the database, who acts, and the clock (tests pin it). */

import { forbidden } from "../domain/errors";
import type { ServiceActor } from "../domain/roles";
import type { Database } from "../storage/database";

export interface ServiceContext {
  readonly db: Database;
  readonly actor: ServiceActor;
  readonly now: () => number;
}

/** Admins only, whatever the route: `refusal` says, in French, what only an admin may do. */
export function requireAdmin(ctx: ServiceContext, refusal: string): void {
  if (ctx.actor.role !== "admin") throw forbidden(refusal);
}
