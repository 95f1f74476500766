/** Where each role lands after signing in (and when it opens the home page signed in). */

import type { Role } from "../../domain/roles";

export const HOME_BY_ROLE: Record<Role, string> = {
  applicant: "/demandes",
  instructor: "/instruction",
  reporter: "/instruction",
  admin: "/admin/statistiques",
};
