/**
 * The applicant submits: a draft needs its legal framework (a document or an address); a
 * request waiting for the tariff act goes back to the queue once a new document is there.
 */

import { invalid } from "../domain/errors";
import { documentCount } from "../storage/documents-store";
import { listEvents } from "../storage/history-store";
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
  if (request.state === "tariff_act_requested") {
    // Sending it back needs the act that was asked for: documents added since the request
    // (the event log's order, not clocks, says what came after).
    const history = await listEvents(ctx.db, request.id);
    const asked = history.map((entry) => entry.type).lastIndexOf("request_tariff_act");
    if (!history.slice(asked + 1).some((entry) => entry.type === "documents_added")) {
      throw invalid("Joignez l'acte tarifaire demandé avant de renvoyer la demande.", {
        documents: "Joignez la délibération ou l'arrêté qui fixe vos tarifs.",
      });
    }
    return transitionRequest(ctx, { requestId: request.id, event: "provide_tariff_act", version: input.version });
  }
  return transitionRequest(ctx, { requestId: request.id, event: "submit", version: input.version });
}
