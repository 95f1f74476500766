/**
 * An organisation first met through a sign-in gets its real name (with its kind and
 * département): from its own agent at their first visit, or from an admin. One batch: the
 * change and its event, with the values before and after, guarded so that two people naming it
 * at once do not both win (the second finds it already named).
 */

import { conflict, forbidden, notFound } from "../domain/errors";
import { needsName, validateOrganisationNaming } from "../domain/organisation-naming";
import { authorize, roleMay } from "../domain/policies";
import { runAtomically } from "../storage/database";
import { organisationEventWhenStatement } from "../storage/event-rows";
import { findOrganisation, organisationNamingStatement } from "../storage/people-store";
import type { ServiceContext } from "./context";

const REFUSAL = "Seuls les agents de l'organisation ou un administrateur peuvent la nommer.";

export async function nameOrganisation(
  ctx: ServiceContext,
  input: { organisationId: number; name: string; kind: string; departement: string },
): Promise<void> {
  // Admins name any organisation, any time; an agent, their own one.
  const anyOrganisation = roleMay(ctx.actor.role, "name_organisation");
  if (!anyOrganisation) {
    authorize(ctx.actor, "name_own_organisation", REFUSAL);
    if (ctx.actor.organisationId !== input.organisationId) throw forbidden(REFUSAL);
  }
  const organisation = await findOrganisation(ctx.db, input.organisationId);
  if (!organisation) throw notFound("Cette organisation est introuvable.");
  // Agents name it once; afterwards its name is the admins' to change.
  if (!needsName(organisation) && !anyOrganisation) {
    throw conflict(`Cette organisation a déjà un nom : « ${organisation.name} ».`);
  }
  const naming = validateOrganisationNaming(input);
  const before = { name: organisation.name, kind: organisation.kind, departement: organisation.departement };
  const now = ctx.now();
  await runAtomically(ctx.db, [
    organisationNamingStatement(ctx.db, organisation.id, before, naming),
    // Logged only if the row now holds these values: a name given meanwhile by someone else
    // leaves neither change nor event.
    organisationEventWhenStatement(
      ctx.db,
      {
        organisationId: organisation.id,
        actorId: ctx.actor.userId,
        type: "named",
        payload: { before, after: naming },
        after: naming,
      },
      now,
    ),
  ]);
  const after = await findOrganisation(ctx.db, organisation.id);
  if (after?.name !== naming.name || after.kind !== naming.kind || after.departement !== naming.departement) {
    throw conflict("Cette organisation vient d'être nommée par quelqu'un d'autre : rien n'a été changé.");
  }
}
