/** After a draft is created, edited or submitted: fetch the act from its address if it has no document. */

import type { Context } from "hono";
import type { AppEnv } from "./app-env";
import { workerWaitUntil } from "./schedule-reading";

export function scheduleActFetch(c: Context<AppEnv>, requestId: number): void {
  c.var.deps.actFetcher?.schedule(requestId, workerWaitUntil(c));
}
