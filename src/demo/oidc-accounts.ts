/**
 * Who can sign in at the demo's local identity provider: the demo's four accounts, with the
 * claims ProConnect would send (staff carry a fictitious State SIRET, which Cadre ignores for
 * known accounts), and one agent Cadre does not know yet, to show a first sign-in.
 */

import { DEMO_ACCOUNT_EMAILS } from "./accounts";
import { DEMO_ORGANISATIONS, DEMO_USERS, siretFrom } from "./dataset-parties";

export interface DemoIdentity {
  readonly email: string;
  readonly givenName: string;
  readonly usualName: string;
  readonly siret: string;
}

const STATE_SIRET = siretFrom("13000099");

/** A collectivité absent from the demo data: its agent becomes an applicant of a new organisation. */
export const NEWCOMER: DemoIdentity = {
  email: "claire.nouvel@mairie-valbrune.fr",
  givenName: "Claire",
  usualName: "Nouvel",
  siret: siretFrom("21099001"),
};

export function demoIdentities(): DemoIdentity[] {
  const known = DEMO_ACCOUNT_EMAILS.map((email) => {
    const user = DEMO_USERS.find((candidate) => candidate.email === email);
    if (!user) throw new Error(`demo account ${email} missing from the dataset`);
    const [givenName = "", ...rest] = user.name.split(" ");
    const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.key === user.organisationKey);
    return { email, givenName, usualName: rest.join(" "), siret: organisation?.siret ?? STATE_SIRET };
  });
  return [...known, NEWCOMER];
}
