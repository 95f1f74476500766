/** What the views know of the signed-in person: enough to greet them and build the menu. */

import type { Role } from "../../src/domain/roles";

export interface Viewer {
  readonly name: string;
  readonly role: Role;
  readonly organisationName?: string;
}
