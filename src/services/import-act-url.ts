/**
 * The one call site for "read the act from its address": a request that names its act by URL
 * and has no document. Today it records the address on the request (with its event); the fetch
 * that reads it like an upload plugs in here, so every caller (DataPass import, API) gets it.
 */

import { eq } from "drizzle-orm";
import { runAtomically } from "../storage/database";
import { events, requests } from "../storage/schema";
import type { ServiceContext } from "./context";

export async function importActUrl(ctx: ServiceContext, requestId: number, url: string): Promise<void> {
  const now = ctx.now();
  await runAtomically(ctx.db, [
    ctx.db.update(requests).set({ legalFrameworkUrl: url }).where(eq(requests.id, requestId)),
    ctx.db.insert(events).values({
      requestId,
      requestVersion: null,
      actorId: ctx.actor.userId,
      type: "act_url_recorded",
      payload: JSON.stringify({ url }),
      createdAt: now,
    }),
  ]);
}
