/**
 * All signals of the annotate contract, computed once per reading: every rule and the
 * annotation share the same verdicts and the same passages.
 */

import { SIGNAL_KEYS, type SignalKey } from "../rule-types";
import type { Reading } from "../reading";
import { detectFixesTariffs } from "./fixes-tariffs";
import { detectIsDeliberation } from "./is-deliberation";
import { detectMentionsCafOrAllocataire } from "./mentions-caf-or-allocataire";
import { detectMentionsIncomeOrTax } from "./mentions-income-or-tax";
import type { SignalResult } from "./signal";
import { detectTariffByNumberOfChildren } from "./tariff-by-number-of-children";
import { detectTariffByQuotientFamilial } from "./tariff-by-quotient-familial";
import { detectTariffByResidence } from "./tariff-by-residence";

export type { SignalResult } from "./signal";
export { actOf, type ActReading } from "./act-kind";

export const DETECTORS: Readonly<Record<SignalKey, (reading: Reading) => SignalResult>> = {
  is_deliberation: detectIsDeliberation,
  fixes_tariffs: detectFixesTariffs,
  tariff_by_quotient_familial: detectTariffByQuotientFamilial,
  tariff_by_residence: detectTariffByResidence,
  tariff_by_number_of_children: detectTariffByNumberOfChildren,
  mentions_caf_or_allocataire: detectMentionsCafOrAllocataire,
  mentions_income_or_tax: detectMentionsIncomeOrTax,
};

export type Signals = Readonly<Record<SignalKey, SignalResult>>;

const NO_SIGNAL: SignalResult = { value: false, evidence: [] };

// A detector that fails on an odd text reports nothing rather than stopping the annotation.
function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

const signalCache = new WeakMap<Reading, Signals>();

export function signalsOf(reading: Reading): Signals {
  let signals = signalCache.get(reading);
  if (!signals) {
    const entries = SIGNAL_KEYS.map((key) => [key, safely(() => DETECTORS[key](reading), NO_SIGNAL)] as const);
    signals = Object.fromEntries(entries) as Record<SignalKey, SignalResult>;
    signalCache.set(reading, signals);
  }
  return signals;
}
