/** The applicant submits a draft: it needs its legal framework (a document or an address). */

import { invalid } from "../domain/errors";
import { documentCount } from "../storage/documents-store";
import type { RequestRecord } from "../storage/requests-store";
import type { ServiceContext } from "./context";
import { loadReadableRequest } from "./load-request";
import { transitionRequest } from "./transition-request";

export async function submitRequest(
  ctx: ServiceContext,
  input: { requestId: number; version: number },
): Promise<RequestRecord> {
  const request = await loadReadableRequest(ctx, input.requestId);
  if (request.state === "draft") {
    const documents = Number((await documentCount(ctx.db, request.id))?.count ?? 0);
    if (documents === 0 && !request.legalFrameworkUrl) {
      throw invalid("Ajoutez la délibération (ou l'adresse où la consulter) avant de soumettre.", {
        documents: "Joignez l'acte qui fixe vos tarifs ou vos conditions d'attribution.",
      });
    }
  }
  return transitionRequest(ctx, { requestId: request.id, event: "submit", version: input.version });
}
