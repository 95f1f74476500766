/** After an upload: hand the request's unread documents to the runtime's reader. */

import type { Context } from "hono";
import { listUnreadDocuments } from "../services/list-unread-documents";
import type { AppEnv } from "./app-env";

export async function scheduleReading(c: Context<AppEnv>, requestId: number): Promise<void> {
  const reader = c.var.deps.reader;
  if (!reader) return;
  const ids = await listUnreadDocuments(c.var.deps.db, requestId);
  if (ids.length === 0) return;
  reader.schedule(ids, workerWaitUntil(c));
}

// Only Workers have an execution context; on Node hono throws when asked for one.
export function workerWaitUntil(c: Context<AppEnv>): ((promise: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (promise) => ctx.waitUntil(promise);
  } catch {
    return undefined;
  }
}
