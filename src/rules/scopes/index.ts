/** Which family a scope belongs to: the first that claims it, most specific first in each list. */

import type { Reading } from "../reading";
import type { Evidence } from "../rule-types";
import type { Signals } from "../signals/index";
import { BENEFIT_FAMILIES } from "./benefits";
import { CAF_FAMILIES } from "./caf";
import type { ScopeFamily } from "./family";
import { OTHER_FAMILIES } from "./others";
import { STATUS_FAMILIES } from "./statuses";

export type { ScopeFamily } from "./family";

export const SCOPE_FAMILIES: readonly ScopeFamily[] = [
  ...CAF_FAMILIES,
  ...STATUS_FAMILIES,
  ...BENEFIT_FAMILIES,
  ...OTHER_FAMILIES,
];

export function familyOf(scope: string): ScopeFamily | undefined {
  return SCOPE_FAMILIES.find((family) => family.matches(scope));
}

// scope-justification and minimisation both ask: look each scope up once per reading.
const cache = new WeakMap<Reading, Map<string, readonly Evidence[]>>();

/** The passages that justify `scope` in this reading (empty for an unknown scope). */
export function justificationOf(reading: Reading, signals: Signals, scope: string): readonly Evidence[] {
  let byScope = cache.get(reading);
  if (!byScope) cache.set(reading, (byScope = new Map()));
  let evidence = byScope.get(scope);
  if (!evidence) {
    evidence = familyOf(scope)?.justify(reading, signals) ?? [];
    byScope.set(scope, evidence);
  }
  return evidence;
}
