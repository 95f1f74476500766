/**
 * Sending e-mails for a runtime that cannot (a Worker on D1 has no SMTP): an outside Node
 * dispatcher, with an admin token, claims the due e-mails of the outbox, sends them by SMTP and
 * reports each outcome. The claim and retry rules are the local dispatcher's (outbox-claims.ts):
 * a claim is a lease, and its end (`claim`) must come back with the result, so that a
 * dispatcher whose lease ran out, and was taken over, cannot overwrite the new holder's outcome.
 */

import { conflict, invalid, notFound } from "../domain/errors";
import { claimDueItems, settleClaim, type Outcome } from "../notifications/outbox-claims";
import { findOutboxItem } from "../storage/outbox-store";
import { authorize } from "../domain/policies";
import type { ServiceContext } from "./context";

const DEFAULT_CLAIM_LIMIT = 10;
const MAX_CLAIM_LIMIT = 50;

export interface ClaimedEmail {
  readonly id: number;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly claim: number;
}

export interface RemoteResult {
  readonly id: number;
  readonly status: "sent" | "pending" | "failed";
  readonly attempts: number;
  readonly nextAttemptAt: number;
}

const ADMIN_ONLY = "L'envoi des courriels à distance demande un jeton d'administrateur.";

export async function claimEmailsForRemoteSending(ctx: ServiceContext, raw: unknown): Promise<ClaimedEmail[]> {
  authorize(ctx.actor, "send_remotely", ADMIN_ONLY);
  const value = raw as Record<string, unknown> | null;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid('Le corps doit être un objet JSON, par exemple {"limit": 10}.');
  }
  const limit = value.limit ?? DEFAULT_CLAIM_LIMIT;
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1 || limit > MAX_CLAIM_LIMIT) {
    throw invalid(`« limit » doit être un nombre entier entre 1 et ${MAX_CLAIM_LIMIT}.`, { limit: "Valeur invalide." });
  }
  const claims = await claimDueItems(ctx.db, ctx.now(), limit, ["email"]);
  return claims.map(({ item, hold }) => ({
    id: item.id,
    to: item.recipient,
    subject: item.subject,
    text: item.body,
    claim: hold.until,
  }));
}

export async function storeRemoteSendingResult(ctx: ServiceContext, id: number, raw: unknown): Promise<RemoteResult> {
  authorize(ctx.actor, "send_remotely", ADMIN_ONLY);
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
