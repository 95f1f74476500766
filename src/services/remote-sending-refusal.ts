/**
 * Sending e-mails for a runtime that cannot (a Worker on D1 has no SMTP): an outside Node
 * dispatcher, with an admin token, claims the due e-mails of the outbox
 * (claim-emails-for-remote-sending.ts), sends them by SMTP and reports each outcome
 * (store-remote-sending-result.ts). The claim and retry rules are the local dispatcher's (outbox-claims.ts):
 * a claim is a lease, and its end (`claim`) must come back with the result, so that a
 * dispatcher whose lease ran out, and was taken over, cannot overwrite the new holder's outcome.
 */

export const REMOTE_SENDING_REFUSAL = "L'envoi des courriels à distance demande un jeton d'administrateur.";
