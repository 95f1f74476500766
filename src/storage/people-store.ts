/** Organisations, users and sessions. */

import { and, eq, gt, ne, or, sql } from "drizzle-orm";
import { SYSTEM_ROLE, type Actor, type Role } from "../domain/roles";
import type { OrganisationKind } from "../domain/organisation";
import type { Database, Statement } from "./database";
import { preparedFor } from "./prepared";
import { organisations, sessions, users } from "./schema";

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;

const organisationById = preparedFor((db) =>
  db
    .select()
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder("id")))
    .prepare(),
);

export async function findOrganisation(db: Database, id: number): Promise<OrganisationRow | undefined> {
  return organisationById(db).get({ id });
}

/** Organisations nobody has named yet (see needsName): called by their SIRET, or without département. */
export async function listOrganisationsToName(db: Database): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .where(
      or(
        sql`${organisations.name} = 'Organisation SIRET ' || ${organisations.siret}`,
        eq(organisations.departement, ""),
      ),
    )
    .orderBy(organisations.createdAt, organisations.id);
}

/**
 * An organisation's name, kind and département, changed only if it still holds the values it
 * was read with: of two people naming it at once, the second changes nothing.
 */
export function organisationNamingStatement(
  db: Database,
  id: number,
  before: { name: string; departement: string },
  after: { name: string; kind: OrganisationKind; departement: string },
): Statement {
  return db
    .update(organisations)
    .set(after)
    .where(
      and(
        eq(organisations.id, id),
        eq(organisations.name, before.name),
        eq(organisations.departement, before.departement),
      ),
    );
}

export async function findOrganisationBySiret(db: Database, siret: string): Promise<OrganisationRow | undefined> {
  return db.select().from(organisations).where(eq(organisations.siret, siret)).get();
}

export async function insertOrganisation(
  db: Database,
  values: { siret: string; name: string; kind: OrganisationKind; departement: string },
  now: number,
): Promise<OrganisationRow> {
  const [row] = await db
    .insert(organisations)
    .values({ ...values, createdAt: now })
    .returning();
  return row!;
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  return db.select().from(users).where(eq(users.email, email.toLowerCase())).get();
}

export function userInsertStatement(
  db: Database,
  values: { email: string; name: string; role: Role; organisationId: number | null },
  now: number,
): Statement {
  return db.insert(users).values({ ...values, email: values.email.toLowerCase(), createdAt: now });
}

export function userUpdateStatement(db: Database, id: number, values: { role: Role; disabled: boolean }): Statement {
  return db.update(users).set(values).where(eq(users.id, id));
}

export async function insertUser(
  db: Database,
  values: { email: string; name: string; role: Role; organisationId: number | null },
  now: number,
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase(), createdAt: now })
    .returning();
  return row!;
}

export function toActor(user: UserRow): Actor {
  return { userId: user.id, role: user.role as Role, organisationId: user.organisationId, name: user.name };
}

export async function createSession(
  db: Database,
  id: string,
  userId: number,
  now: number,
  ttlMs: number,
  idToken: string | null = null,
) {
  await db.insert(sessions).values({ id, userId, createdAt: now, expiresAt: now + ttlMs, idToken });
}

/** The provider's ID token kept with a session (null for a session opened without OpenID Connect). */
export async function findSessionIdToken(db: Database, id: string): Promise<string | null> {
  const row = await db.select({ idToken: sessions.idToken }).from(sessions).where(eq(sessions.id, id)).get();
  return row?.idToken ?? null;
}

/**
 * A new applicant and, when missing, their organisation, in one atomic batch: the user row finds
 * the organisation by SIRET, so nothing is half-written if either insert fails. A concurrent
 * first sign-in of the same organisation or e-mail is absorbed by "on conflict do nothing".
 */
export async function insertApplicantWithOrganisation(
  db: Database,
  values: { email: string; name: string; siret: string; organisationName: string },
  now: number,
): Promise<void> {
  await db.batch([
    db
      .insert(organisations)
      .values({ siret: values.siret, name: values.organisationName, kind: "autre", departement: "", createdAt: now })
      .onConflictDoNothing({ target: organisations.siret }),
    db
      .insert(users)
      .values({
        email: values.email.toLowerCase(),
        name: values.name,
        role: "applicant",
        organisationId: sql`(select ${organisations.id} from ${organisations} where ${organisations.siret} = ${values.siret})`,
        createdAt: now,
      })
      .onConflictDoNothing({ target: users.email }),
  ]);
}

/** The user behind a live session, or undefined when it is unknown, expired or disabled. */
// Read on every request of a signed-in person.
const sessionUser = preparedFor((db) =>
  db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, sql.placeholder("id")),
        gt(sessions.expiresAt, sql.placeholder("now")),
        eq(users.disabled, false),
      ),
    )
    .prepare(),
);

export async function findSessionUser(db: Database, id: string, now: number): Promise<UserRow | undefined> {
  const row = await sessionUser(db).get({ id, now });
  return row?.user;
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

const usersByRole = preparedFor((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.role, sql.placeholder("role")))
    .orderBy(users.name)
    .prepare(),
);

export async function listUsersByRole(db: Database, role: Role): Promise<UserRow[]> {
  return usersByRole(db).all({ role });
}

const userById = preparedFor((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export async function findUserById(db: Database, id: number): Promise<UserRow | undefined> {
  return userById(db).get({ id });
}

export interface UserListing extends UserRow {
  readonly organisationName: string | null;
}

/** People's accounts: Cadre's own account for its scheduled jobs is not one to manage. */
export async function listUsersWithOrganisation(db: Database): Promise<UserListing[]> {
  const rows = await db
    .select({ user: users, organisationName: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(ne(users.role, SYSTEM_ROLE))
    .orderBy(users.role, users.name);
  return rows.map((row) => ({ ...row.user, organisationName: row.organisationName }));
}
