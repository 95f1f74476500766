/**
 * is_deliberation: the text is a délibération of a deliberating body, or the minutes of its
 * séance recording délibérations — not a décision/arrêté of the maire (even by delegation),
 * not a règlement, not a web page that cites a délibération.
 */

import type { Reading } from "../reading";
import { actOf } from "./act-kind";
import type { SignalResult } from "./signal";

export function detectIsDeliberation(reading: Reading): SignalResult {
  const act = actOf(reading);
  const value = act.kind === "deliberation" || act.kind === "minutes";
  return { value, evidence: value ? act.deliberationEvidence : [] };
}
