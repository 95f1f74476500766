/** What a signal detector returns: the reading's verdict and the passages it rests on. */

import type { Evidence } from "../rule-types";

export interface SignalResult {
  readonly value: boolean;
  readonly evidence: readonly Evidence[];
}

/** A signal is true exactly when at least one passage supports it: no verdict without a quote. */
export function fromEvidence(evidence: readonly Evidence[]): SignalResult {
  return { value: evidence.length > 0, evidence };
}
