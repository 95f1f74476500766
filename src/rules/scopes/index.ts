/**
 * The guide's rules about data, one file each (named after the rule's id), and the lookup of
 * the family that rules on a scope: the first that claims it, most specific first in each rule.
 */

import type { Reading } from "../reading";
import type { Evidence } from "../rule-types";
import type { Signals } from "../signals/index";
import { adresse } from "./adresse";
import { allocataires } from "./allocataires";
import { demandeurEmploi } from "./demandeur-emploi";
import { eaje } from "./eaje";
import { eleves } from "./eleves";
import { enfants } from "./enfants";
import { etudiants } from "./etudiants";
import type { ScopeFamily, ScopeRule } from "./family";
import { identiteFranceconnect } from "./identite-franceconnect";
import { prestationsSociales } from "./prestations-sociales";
import { quotientFamilial } from "./quotient-familial";
import { serviceNational } from "./service-national";
import { sportifHautNiveau } from "./sportif-haut-niveau";
import { stationnementResidentiel } from "./stationnement-residentiel";

export type { ScopeFamily, ScopeRule } from "./family";

/** In the guide's order: its four CAF examples first, then the rules that follow its principle. */
export const SCOPE_RULES: readonly ScopeRule[] = [
  quotientFamilial,
  adresse,
  enfants,
  allocataires,
  demandeurEmploi,
  eleves,
  etudiants,
  prestationsSociales,
  eaje,
  stationnementResidentiel,
  serviceNational,
  sportifHautNiveau,
  identiteFranceconnect,
];

const SCOPE_FAMILIES: readonly ScopeFamily[] = SCOPE_RULES.flatMap((rule) => rule.families);

export function familyOf(scope: string): ScopeFamily | undefined {
  return SCOPE_FAMILIES.find((family) => family.matches(scope));
}

/** The rule whose families rule on `scope`. */
export function ruleOf(scope: string): ScopeRule | undefined {
  return SCOPE_RULES.find((rule) => rule.families.some((family) => family.matches(scope)));
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
