/**
 * A demande submitted in DataPass becomes (or updates) a Cadre request: the organisation and
 * the applicant found or created from the SIRET and e-mail, the request created already
 * submitted and linked to its DataPass id, or its data replaced on a later submission. Each
 * write is one batch with its events and the delivery row that makes a replay fail.
 */

import { DomainError, invalid } from "../domain/errors";
import { validateRequestInput, type RequestInput } from "../domain/request-input";
import { isClosed } from "../domain/request-state";
import type { DatapassDemande, DatapassWebhook } from "../datapass/messages";
import { runAtomically, type Statement } from "../storage/database";
import {
  deliveryStatement,
  linkStateStatement,
  newLinkStatement,
  type DatapassLinkRow,
} from "../storage/datapass-store";
import { eventStatement } from "../storage/event-rows";
import { newRequestId } from "../storage/ids";
import {
  findOrganisation,
  findOrganisationBySiret,
  findUserByEmail,
  insertApplicantWithOrganisation,
} from "../storage/people-store";
import { dataReplacementStatements, draftStatements, submittedOnArrivalStatement } from "../storage/request-writes";
import { findRequest } from "../storage/requests-store";
import type { ServiceContext } from "./context";

/** The demande's fields, named as DataPass names them, checked as any request is. */
function demandeInput(demande: DatapassDemande): RequestInput {
  try {
    return validateRequestInput({
      useCase: demande.formUid,
      scopes: demande.scopes,
      legalFrameworkText: demande.legalFrameworkText,
      legalFrameworkUrl: demande.legalFrameworkUrl,
    });
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const reasons = Object.entries(error.fields).map(([field, message]) => `${field} : ${message}`);
    throw invalid(
      `La demande DataPass ${demande.id} (formulaire ${demande.formUid}) ne peut pas être importée. ${reasons.join(" ")}`,
      { ...error.fields },
    );
  }
}

/** Creates the request; returns its id. */
export async function createFromDatapass(
  ctx: ServiceContext,
  demande: DatapassDemande,
  webhook: DatapassWebhook,
  linkUrl: string,
): Promise<number> {
  const fields = demandeInput(demande);
  const applicant = await applicantFor(ctx, demande);
  const now = ctx.now();
  const statements: Statement[] = [
    // The address is kept with the request; importActUrl, called next, is where the act is read.
    ...draftStatements(ctx.db, { ...fields, ...applicant }, now),
    submittedOnArrivalStatement(ctx.db, now),
    eventStatement(
      ctx.db,
      {
        requestId: newRequestId(),
        requestVersion: 2,
        actorId: applicant.createdById,
        type: "submit",
        fromState: "draft",
        toState: "submitted",
        payload: { datapass: { id: demande.id, event: webhook.event, firedAt: webhook.firedAt } },
      },
      now,
    ),
    newLinkStatement(
      ctx.db,
      {
        datapassId: demande.id,
        publicId: demande.publicId,
        formUid: demande.formUid,
        state: demande.state || webhook.state,
        url: linkUrl,
        lastFiredAt: webhook.firedAt,
      },
      now,
    ),
    deliveryStatement(ctx.db, webhook, null, now),
  ];
  const [created] = await runAtomically(ctx.db, statements);
  return (created as { id: number }[])[0]!.id;
}

/**
 * A later submission (after DataPass asked for changes): the request takes the demande's data,
 * as a new version, unless Cadre has already closed it; the event says what changed. True when
 * the data was replaced.
 */
export async function updateFromDatapass(
  ctx: ServiceContext,
  link: DatapassLinkRow,
  demande: DatapassDemande,
  webhook: DatapassWebhook,
): Promise<boolean> {
  const request = (await findRequest(ctx.db, link.requestId))!;
  const fields = demandeInput(demande);
  const now = ctx.now();
  const added = fields.scopes.filter((scope) => !request.scopes.includes(scope));
  const removed = request.scopes.filter((scope) => !fields.scopes.includes(scope));
  const replaces = !isClosed(request.state);
  const statements: Statement[] = replaces
    ? dataReplacementStatements(ctx.db, { requestId: request.id, fromVersion: request.version, fields }, now)
    : [];
  statements.push(
    eventStatement(
      ctx.db,
      {
        requestId: request.id,
        requestVersion: replaces ? request.version + 1 : null,
        actorId: null,
        type: "datapass_submit",
        fromState: replaces ? request.state : null,
        toState: replaces ? request.state : null,
        payload: { added, removed, state: demande.state, firedAt: webhook.firedAt, applied: replaces },
      },
      now,
    ),
    linkStateStatement(ctx.db, request.id, demande.state || webhook.state, webhook.firedAt),
    deliveryStatement(ctx.db, webhook, request.id, now),
  );
  await runAtomically(ctx.db, statements);
  return replaces;
}

/**
 * The organisation by SIRET and the applicant by e-mail, created when Cadre does not know them.
 * An e-mail already used elsewhere is refused before anything is written.
 */
async function applicantFor(ctx: ServiceContext, demande: DatapassDemande) {
  const known = await findUserByEmail(ctx.db, demande.applicantEmail);
  const knownOrganisation = known?.organisationId ? await findOrganisation(ctx.db, known.organisationId) : undefined;
  if (known && (known.role !== "applicant" || knownOrganisation?.siret !== demande.siret)) {
    throw invalid(
      `Le demandeur DataPass ${demande.applicantEmail} a déjà un compte Cadre rattaché à une autre organisation ou avec un autre rôle : la demande n'a pas été importée.`,
    );
  }
  await insertApplicantWithOrganisation(
    ctx.db,
    {
      email: demande.applicantEmail,
      name: demande.applicantName,
      siret: demande.siret,
      organisationName: demande.organisationName ?? `Organisation ${demande.siret}`,
    },
    ctx.now(),
  );
  const [organisation, user] = await Promise.all([
    findOrganisationBySiret(ctx.db, demande.siret),
    findUserByEmail(ctx.db, demande.applicantEmail),
  ]);
  if (!organisation || !user || user.role !== "applicant" || user.organisationId !== organisation.id) {
    throw invalid(
      `Le demandeur DataPass ${demande.applicantEmail} a déjà un compte Cadre rattaché à une autre organisation ou avec un autre rôle : la demande n'a pas été importée.`,
    );
  }
  return { organisationId: organisation.id, createdById: user.id };
}
