/** An instructor's decision: valider, refuser or demander l'acte tarifaire. */

import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { transitionRequest } from "./transition-request";

export const DECISIONS = ["accept", "reject", "request_tariff_act"] as const;
export type Decision = (typeof DECISIONS)[number];

export function isDecision(value: string): value is Decision {
  return (DECISIONS as readonly string[]).includes(value);
}

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
