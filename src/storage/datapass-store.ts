/**
 * The link between a Cadre request and its DataPass original, and the deliveries applied. The
 * statements go into the batch of the change they come with (see services/receive-datapass-event).
 */

import { and, eq, lte, sql } from "drizzle-orm";
import type { Database, Statement } from "./database";
import { newestId } from "./ids";
import { preparedFor } from "./prepared";
import { datapassDeliveries, datapassLinks, requests } from "./schema";

export type DatapassLinkRow = typeof datapassLinks.$inferSelect;

export interface Delivery {
  readonly datapassId: number;
  readonly event: string;
  /** DataPass's `fired_at`, in seconds. */
  readonly firedAt: number;
}

const linkOfRequest = preparedFor((db) =>
  db
    .select()
    .from(datapassLinks)
    .where(eq(datapassLinks.requestId, sql.placeholder("requestId")))
    .prepare(),
);

export async function findDatapassLink(db: Database, requestId: number): Promise<DatapassLinkRow | undefined> {
  return linkOfRequest(db).get({ requestId });
}

export async function findLinkByDatapassId(db: Database, datapassId: number): Promise<DatapassLinkRow | undefined> {
  return db.select().from(datapassLinks).where(eq(datapassLinks.datapassId, datapassId)).get();
}

/** The link of a request created earlier in the same batch (its id is the newest). */
export function newLinkStatement(
  db: Database,
  link: Omit<DatapassLinkRow, "requestId" | "createdAt">,
  now: number,
): Statement {
  return db.insert(datapassLinks).values({ ...link, requestId: newestId(requests), createdAt: now });
}

/** The DataPass state moves forward only: an update older than the one applied changes nothing. */
export function linkStateStatement(db: Database, requestId: number, state: string, firedAt: number): Statement {
  return db
    .update(datapassLinks)
    .set({ state, lastFiredAt: firedAt })
    .where(and(eq(datapassLinks.requestId, requestId), lte(datapassLinks.lastFiredAt, firedAt)));
}

/** The delivery's row: a replay fails on its unique index, and the whole batch with it. */
export function deliveryStatement(db: Database, delivery: Delivery, requestId: number | null, now: number): Statement {
  return db
    .insert(datapassDeliveries)
    .values({ ...delivery, requestId: requestId ?? newestId(requests), createdAt: now });
}
