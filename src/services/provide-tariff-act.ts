/**
 * The applicant answers a request for the tariff act: the new act and the return to the
 * queue are one write, so a request never goes back without the document it was asked for.
 */

import { invalid } from "../domain/errors";
import { MAX_DOCUMENTS_PER_REQUEST } from "../domain/document";
import type { CheckedUpload } from "../documents/upload";
import { documentCount, documentStatements } from "../storage/documents-store";
import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { transitionRequest } from "./transition-request";

export async function provideTariffAct(
  ctx: ServiceContext,
  input: { requestId: number; version: number; upload: CheckedUpload | null; comment?: string },
): Promise<RequestRecord> {
  const { upload } = input;
  if (!upload) {
    throw invalid("Joignez l'acte tarifaire demandé par l'instructeur.", {
      documents: "Joignez la délibération ou l'arrêté qui fixe vos tarifs.",
    });
  }
  const request = await loadReadableRequest(ctx, input.requestId);
  const count = Number((await documentCount(ctx.db, request.id))?.count ?? 0);
  if (count >= MAX_DOCUMENTS_PER_REQUEST) {
    throw invalid(`Cette demande compte déjà ${MAX_DOCUMENTS_PER_REQUEST} documents, le maximum.`, {
      documents: "Nombre maximal de documents atteint : écrivez à l'instructeur.",
    });
  }
  return transitionRequest(ctx, {
    requestId: request.id,
    event: "provide_tariff_act",
    version: input.version,
    motivation: input.comment,
    payload: { document: upload.name },
    alsoWrite: (context, current, now) =>
      documentStatements(
        context.db,
        { ...upload, kind: "tariff_act", requestId: current.id, uploadedById: context.actor.userId },
        now,
      ),
  });
}
