/** An admin reopens a decided request, with a reason that goes into the log. */

import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { transitionRequest } from "./transition-request";

export function reopenRequest(
  ctx: ServiceContext,
  input: { requestId: number; reason: string; version: number },
): Promise<RequestRecord> {
  return transitionRequest(ctx, {
    requestId: input.requestId,
    event: "reopen",
    version: input.version,
    motivation: input.reason,
  });
}
