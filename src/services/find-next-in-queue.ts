/**
 * "… et passer à la suivante": the request that follows this one in the queue view the
 * instructor decides from (its tab, filters and order). Read before the decision, from the
 * request's place as it was then: the decision moves the request (its state, its last change),
 * not the ones after it. Staff only; a request the actor may not read has no next one.
 */

import { authorize } from "../domain/policies";
import { cursorOf, filtersFor, type QueueForm, type QueueTab } from "../domain/queue";
import type { QueueSort } from "../domain/queue-order";
import { listQueue } from "../storage/queue-store";
import type { ServiceContext } from "./context";
import { QUEUE_REFUSAL } from "./get-queue-page";
import { loadReadableRequest } from "./load-request";

export async function findNextInQueue(
  ctx: ServiceContext,
  input: { requestId: number; tab: QueueTab; form: QueueForm; sort: QueueSort },
): Promise<number | null> {
  authorize(ctx.actor, "browse_queue", QUEUE_REFUSAL);
  const request = await loadReadableRequest(ctx, input.requestId);
  const [next] = await listQueue(ctx.db, filtersFor(input.tab, input.form, ctx.actor.userId), {
    sort: input.sort,
    limit: 1,
    after: cursorOf(request, input.sort),
  });
  return next?.id ?? null;
}
