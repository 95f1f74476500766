/**
 * Remote sending, step 2: the outcome of one e-mail, accepted only from the dispatcher whose
 * lease (`claim`) still holds, so that a taken-over dispatcher cannot overwrite the new outcome.
 */

import { conflict, invalid, notFound } from "../domain/errors";
import { authorize } from "../domain/policies";
import { settleClaim, type Outcome } from "../notifications/outbox-claims";
import { findOutboxItem } from "../storage/outbox-store";
import type { ServiceContext } from "./context";
import { REMOTE_SENDING_REFUSAL } from "./remote-sending-refusal";

export interface RemoteResult {
  readonly id: number;
  readonly status: "sent" | "pending" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: number;
}

export async function storeRemoteSendingResult(ctx: ServiceContext, id: number, raw: unknown): Promise<RemoteResult> {
  authorize(ctx.actor, "send_remotely", REMOTE_SENDING_REFUSAL);
  const { outcome, claim } = checkResult(raw);
  const item = await findOutboxItem(ctx.db, id);
  if (!item || item.kind !== "email") throw notFound("Ce courriel est introuvable.");
  if (item.status !== "pending") throw conflict("Ce courriel a déjà été traité : rien n'a été modifié.");
  const hold = { id, until: claim, attempts: item.attempts };
  if (item.nextAttemptAt !== claim || (await settleClaim(ctx.db, hold, outcome, ctx.now())) === "lost") {
    throw conflict(
      "Ce courriel n'est plus réservé par vous (réservation expirée et reprise, ou résultat déjà reçu) : rien n'a été modifié.",
    );
  }
  const settled = (await findOutboxItem(ctx.db, id))!;
  return {
    id,
    status: settled.status as RemoteResult["status"],
    attempts: settled.attempts,
    nextAttemptAt: settled.nextAttemptAt,
  };
}

/** What a remote dispatcher sends is checked field by field: it is input like any other. */
function checkResult(raw: unknown): { outcome: Outcome; claim: number } {
  const value = raw as Record<string, unknown> | null;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(
      'Le corps doit être un objet JSON : {"sent": true, "claim": …} ou {"sent": false, "error": "…", "claim": …}.',
    );
  }
  if (typeof value.claim !== "number" || !Number.isSafeInteger(value.claim)) {
    throw invalid("« claim » (entier) est obligatoire : la valeur reçue avec le courriel lors de la réservation.", {
      claim: "Obligatoire.",
    });
  }
  if (value.sent === true) return { outcome: { sent: true }, claim: value.claim };
  if (value.sent !== false) throw invalid("« sent » doit valoir true ou false.", { sent: "Valeur inconnue." });
  if (typeof value.error !== "string" || value.error.trim() === "" || value.error.length > 2000) {
    throw invalid("« error » (un texte de 2 000 caractères au plus) explique pourquoi l'envoi a échoué.", {
      error: "Obligatoire.",
    });
  }
  return { outcome: { sent: false, error: value.error }, claim: value.claim };
}
