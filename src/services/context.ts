/** What every service verb receives: the database, who acts, and the clock (tests pin it). */

import type { ServiceActor } from "../domain/roles";
import type { Database } from "../storage/database";

export interface ServiceContext {
  readonly db: Database;
  readonly actor: ServiceActor;
  readonly now: () => number;
}
