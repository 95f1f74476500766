/**
 * A DataPass demande names its act by address: the address is recorded on the request, with its
 * event. The route then schedules the fetch (web/schedule-act-fetch.ts → fetchActFromUrl), which
 * reads the act like an upload through the outgoing guard, as for a request filed in Cadre.
 */

import { runAtomically } from "../storage/database";
import { eventStatement } from "../storage/event-rows";
import { actUrlStatement } from "../storage/request-writes";
import type { ServiceContext } from "./context";

export async function importActUrl(ctx: ServiceContext, requestId: number, url: string): Promise<void> {
  const now = ctx.now();
  await runAtomically(ctx.db, [
    actUrlStatement(ctx.db, requestId, url),
    eventStatement(
      ctx.db,
      { requestId, requestVersion: null, actorId: ctx.actor.userId, type: "act_url_recorded", payload: { url } },
      now,
    ),
  ]);
}
