/** The rule catalogue for the /regles page: what each rule checks, built from the rules' metadata. */

import { ruleCatalogue, type RuleCatalogue } from "../rules/catalogue";

export function getRuleCatalogue(): RuleCatalogue {
  return ruleCatalogue();
}
