/**
 * An admin registers a webhook: the address goes through the outgoing guard before it is kept
 * (https, a public address after DNS where the runtime can resolve), so an address Cadre would
 * refuse to call is never stored. Delivery checks it again: DNS can change in between.
 */

import { invalid } from "../domain/errors";
import { randomHex } from "../domain/digest";
import type { OutboundGuard } from "../outbound/guarded-fetch";
import { findOutboundError } from "../outbound/outbound-error";
import { insertWebhook } from "../storage/outbox-store";
import { requireAdmin, type ServiceContext } from "./context";

export async function registerWebhook(
  ctx: ServiceContext,
  input: { url: string },
  guard: Pick<OutboundGuard, "check">,
): Promise<{ url: string; secret: string }> {
  requireAdmin(ctx, "Seul un administrateur gère les webhooks.");
  let url: URL;
  try {
    url = await guard.check(input.url.trim());
  } catch (error) {
    const refusal = findOutboundError(error);
    if (!refusal) throw error;
    throw invalid(`Ce webhook n'a pas été enregistré. ${refusal.message}`, { url: refusal.message });
  }
  const secret = randomHex(32);
  await insertWebhook(ctx.db, { url: url.href, secret }, ctx.now());
  return { url: url.href, secret };
}
