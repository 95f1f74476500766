/**
 * Seeds the demo into an empty database by replaying each request's story through the real
 * services (create, submit, decide, provide the act, reopen), so the demo obeys every rule
 * the product does. Does nothing when the database already holds organisations.
 */

import { sql } from "drizzle-orm";
import { checkUpload } from "../documents/upload";
import type { Actor } from "../domain/roles";
import type { ServiceContext } from "../services/context";
import { createDraftRequest } from "../services/create-draft-request";
import { decideRequest } from "../services/decide-request";
import { provideTariffAct } from "../services/provide-tariff-act";
import { reopenRequest } from "../services/reopen-request";
import { submitRequest } from "../services/submit-request";
import { runAtomically, type Database } from "../storage/database";
import { messageStatements } from "../storage/history-store";
import { insertOrganisation, insertUser, toActor } from "../storage/people-store";
import { assignmentStatements } from "../storage/request-writes";
import { findRequest } from "../storage/requests-store";
import { organisations } from "../storage/schema";
import { buildDemoDataset } from "./dataset";
import type { DemoDocument, DemoRequest, DemoStep } from "./dataset-types";
import { renderTextPdf } from "./pdf";

export async function seedDemoIfEmpty(db: Database, now: Date): Promise<boolean> {
  const existing = await db
    .select({ count: sql<number>`count(*)` })
    .from(organisations)
    .get();
  if (Number(existing?.count ?? 0) > 0) return false;
  await seedDemo(db, now);
  return true;
}

async function seedDemo(db: Database, now: Date): Promise<void> {
  const dataset = buildDemoDataset(now);
  const start = now.getTime();
  const organisationIds = new Map<string, number>();
  for (const organisation of dataset.organisations) {
    const { key, ...values } = organisation;
    organisationIds.set(key, (await insertOrganisation(db, values, start)).id);
  }
  const actors = new Map<string, Actor>();
  for (const user of dataset.users) {
    const organisationId = user.organisationKey ? (organisationIds.get(user.organisationKey) ?? null) : null;
    const row = await insertUser(db, { email: user.email, name: user.name, role: user.role, organisationId }, start);
    actors.set(user.key, toActor(row));
  }
  const actor = (key: string) => {
    const found = actors.get(key);
    if (!found) throw new Error(`Demo dataset names an unknown user: ${key}`);
    return found;
  };
  for (const request of dataset.requests) await replayRequest(db, request, actor);
}

async function replayRequest(db: Database, request: DemoRequest, actor: (key: string) => Actor): Promise<void> {
  const as = (key: string, at: Date): ServiceContext => ({ db, actor: actor(key), now: () => at.getTime() });
  const documents = await Promise.all(
    request.documents.map(async (document) => ({ upload: await toUpload(document), kind: document.kind })),
  );
  const requestId = await createDraftRequest(as(request.applicantKey, request.createdAt), {
    useCase: request.useCase,
    scopes: request.scopes,
    legalFrameworkText: request.legalFrameworkText,
    legalFrameworkUrl: request.legalFrameworkUrl,
    documents,
  });
  for (const step of request.steps) await replayStep(as(step.actorKey, step.at), requestId, step);

  const statements = request.messages.flatMap((message) =>
    messageStatements(
      db,
      { requestId, authorId: actor(message.authorKey).userId, body: message.body },
      message.at.getTime(),
    ),
  );
  if (request.assignedInstructorKey) {
    const instructor = actor(request.assignedInstructorKey);
    const firstStep = request.steps[0]?.at ?? request.createdAt;
    statements.push(
      ...assignmentStatements(
        db,
        { requestId, instructorId: instructor.userId, actorId: instructor.userId },
        firstStep.getTime() + 60_000,
      ),
    );
  }
  await runAtomically(db, statements);
}

async function replayStep(ctx: ServiceContext, requestId: number, step: DemoStep): Promise<void> {
  const { version } = (await findRequest(ctx.db, requestId))!;
  switch (step.event) {
    case "submit":
      await submitRequest(ctx, { requestId, version });
      return;
    case "accept":
    case "reject":
    case "request_tariff_act":
      await decideRequest(ctx, { requestId, decision: step.event, motivation: step.motivation, version });
      return;
    case "provide_tariff_act":
      await provideTariffAct(ctx, {
        requestId,
        version,
        upload: step.document ? await toUpload(step.document) : null,
      });
      return;
    case "reopen":
      await reopenRequest(ctx, { requestId, reason: step.motivation ?? "", version });
      return;
  }
}

async function toUpload(document: DemoDocument) {
  return checkUpload(document.fileName, await renderTextPdf({ title: document.title, text: document.text }));
}
