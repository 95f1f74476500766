/**
 * An organisation created from a sign-in gets its real name (with its kind and département):
 * from its own agent at their first visit, or from an admin. One batch: the change and its
 * event, with the values before and after, guarded so that two people naming it at once do
 * not both win (the second finds it already named).
 */

import { and, eq, sql } from "drizzle-orm";
import { conflict, forbidden, notFound } from "../domain/errors";
import { needsName, validateOrganisationNaming } from "../domain/organisation-naming";
import { runAtomically } from "../storage/database";
import { findOrganisation } from "../storage/people-store";
import { organisationEvents, organisations } from "../storage/schema";
import type { ServiceContext } from "./context";

export async function nameOrganisation(
  ctx: ServiceContext,
  input: { organisationId: number; name: string; kind: string; departement: string },
): Promise<void> {
  const mayName =
    ctx.actor.role === "admin" || (ctx.actor.role === "applicant" && ctx.actor.organisationId === input.organisationId);
  if (!mayName) throw forbidden("Seuls les agents de l'organisation ou un administrateur peuvent la nommer.");
  const organisation = await findOrganisation(ctx.db, input.organisationId);
  if (!organisation) throw notFound("Cette organisation est introuvable.");
  // Agents name it once; afterwards its name is the admins' to change.
  if (!needsName(organisation) && ctx.actor.role !== "admin") {
    throw conflict(`Cette organisation a déjà un nom : « ${organisation.name} ».`);
  }
  const naming = validateOrganisationNaming(input);
  const now = ctx.now();
  const before = { name: organisation.name, kind: organisation.kind, departement: organisation.departement };
  const payload = JSON.stringify({ before, after: naming });
  await runAtomically(ctx.db, [
    ctx.db
      .update(organisations)
      .set(naming)
      .where(and(eq(organisations.id, organisation.id), eq(organisations.name, organisation.name))),
    // Logged only if the row now holds these values: a name given meanwhile by someone else
    // leaves neither change nor event.
    ctx.db.insert(organisationEvents).select(
      ctx.db
        .select({
          id: sql<number>`null`.as("id"),
          organisationId: organisations.id,
          actorId: sql<number>`${ctx.actor.userId}`.as("actor_id"),
          type: sql<string>`'named'`.as("type"),
          payload: sql<string>`${payload}`.as("payload"),
          createdAt: sql<number>`${now}`.as("created_at"),
        })
        .from(organisations)
        .where(
          and(
            eq(organisations.id, organisation.id),
            eq(organisations.name, naming.name),
            eq(organisations.kind, naming.kind),
            eq(organisations.departement, naming.departement),
          ),
        ),
    ),
  ]);
  const after = await findOrganisation(ctx.db, organisation.id);
  if (after?.name !== naming.name || after.kind !== naming.kind || after.departement !== naming.departement) {
    throw conflict("Cette organisation vient d'être nommée par quelqu'un d'autre : rien n'a été changé.");
  }
}
