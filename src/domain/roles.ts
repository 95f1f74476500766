/** Who acts in Cadre: the four roles of DESIGN.md and the actor every service receives. */

export const ROLES = ["applicant", "instructor", "reporter", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: "Collectivité (demandeur)",
  instructor: "Instructeur",
  reporter: "Lecteur",
  admin: "Administrateur",
};

/** The authenticated person behind a call; applicants always belong to one organisation. */
export interface Actor {
  readonly userId: number;
  readonly role: Role;
  readonly organisationId: number | null;
  readonly name: string;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
