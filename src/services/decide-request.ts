/** An instructor's decision: valider, refuser or demander l'acte tarifaire. */

import type { Decision } from "../domain/decisions";
import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { transitionRequest } from "./transition-request";

export interface DecideInput {
  readonly requestId: number;
  readonly decision: Decision;
  readonly motivation?: string;
  readonly version: number;
}

export function decideRequest(ctx: ServiceContext, input: DecideInput): Promise<RequestRecord> {
  return transitionRequest(ctx, {
    requestId: input.requestId,
    event: input.decision,
    version: input.version,
    motivation: input.motivation,
  });
}
