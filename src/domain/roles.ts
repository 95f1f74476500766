/** Who acts in Cadre: the four roles (collectivité, instructor, reader, admin) and the actor every service receives. */

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

/**
 * Cadre itself, when a scheduled job acts (closing a request left without answer). It has a
 * user row (disabled, so no one signs in as it) so that events and decisions name an author;
 * it never reaches the web layer, only services.
 */
export const SYSTEM_ROLE = "system";
export interface SystemActor extends Omit<Actor, "role"> {
  readonly role: typeof SYSTEM_ROLE;
}

/** Whoever a service acts for: a signed-in person or Cadre's scheduled jobs. */
export type ServiceActor = Actor | SystemActor;
