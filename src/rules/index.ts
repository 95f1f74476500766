/**
 * The registry of the guide's rules, sorted by id. Bump RULES_VERSION whenever a rule or a
 * detector changes what it reports, so stored annotations can be told apart and recomputed.
 */

import { deliberatingAct } from "./deliberating-act";
import { enforceabilityHints } from "./enforceability-hints";
import { fixesConditions } from "./fixes-conditions";
import { genericApiParticulier } from "./generic-api-particulier";
import { l1148Alone } from "./l114-8-alone";
import { minimisation } from "./minimisation";
import { readability } from "./readability";
import type { Rule } from "./rule-types";
import { scopeJustification } from "./scope-justification";
import { taxIncome } from "./tax-income";

export const RULES_VERSION = "2026.12.1";

export const RULES: readonly Rule[] = [
  deliberatingAct,
  enforceabilityHints,
  fixesConditions,
  genericApiParticulier,
  l1148Alone,
  minimisation,
  readability,
  scopeJustification,
  taxIncome,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
