/**
 * A grant level ("échelon 3") is a condition only where the text speaks of pupils' or students'
 * grants: shared by the rules on pupils (eleves) and students (etudiants).
 */

import type { Reading } from "../reading";
import { conditioned } from "./family";

export const GRANT_LEVEL = /\bechelons?(?: de (?:la )?bourse)?\b/g;

/** A grant level counts only where pupils (or students) and grants are the subject. */
export function levelFor(reading: Reading, who: RegExp) {
  return conditioned(reading, GRANT_LEVEL).filter((e) => {
    const folded = reading.folded.slice(e.start - 300 > 0 ? e.start - 300 : 0, e.end + 300);
    who.lastIndex = 0;
    const found = who.test(folded);
    who.lastIndex = 0;
    return found;
  });
}
