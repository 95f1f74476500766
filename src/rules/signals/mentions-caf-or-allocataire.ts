/**
 * mentions_caf_or_allocataire: the CAF, the CNAF, the MSA, or the allocataire status or number,
 * in any context (a funder, a source of the QF, an identity check).
 */

import type { Evidence } from "../rule-types";
import type { Reading } from "../reading";
import { addEvidence, passage } from "../passages";
import { forEachMatch } from "./cues";
import { fromEvidence, type SignalResult } from "./signal";

const CAF =
  /\bc\.?a\.?f\b\.?|\bcnaf\b|\bm\.?s\.?a\b\.?|\bcaisses? (?:nationale )?d(?:'|es )\s?allocations? familiales\b|\bmutualite sociale agricole\b|\ballocataires?\b/g;

export function detectMentionsCafOrAllocataire(reading: Reading): SignalResult {
  const evidence: Evidence[] = [];
  forEachMatch(CAF, reading.folded, (m) => {
    addEvidence(evidence, passage(reading, m.index, m.index + m[0].length, 160));
    return evidence.length < 3;
  });
  return fromEvidence(evidence);
}
