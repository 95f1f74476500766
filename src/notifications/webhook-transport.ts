/**
 * Webhook deliveries: a JSON POST signed with HMAC-SHA256 over "timestamp.body", like Stripe's
 * scheme, so a receiver can check both origin and freshness. Web Crypto: Node and Workers.
 * Sent through the outgoing guard, which checks the address again at each delivery (its DNS
 * may have changed since it was registered) and never follows a redirect it would refuse.
 */

import type { GuardedFetch } from "../outbound/guarded-fetch";
import type { WebhookDelivery } from "./dispatch-outbox";

export const SIGNATURE_HEADER = "x-cadre-signature";
const TIMESTAMP_HEADER = "x-cadre-timestamp";
const TIMEOUT_MS = 10_000;

export async function signWebhook(secret: string, timestamp: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${timestamp}.${body}`));
  return `sha256=${[...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

// The receiver's answer is not used: a short one is enough to know it arrived.
const MAX_ANSWER_BYTES = 1024 * 1024;

export function createWebhookTransport(fetcher: GuardedFetch, clock: () => number = Date.now) {
  return async (delivery: WebhookDelivery): Promise<void> => {
    const timestamp = String(Math.floor(clock() / 1000));
    const response = await fetcher(delivery.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: await signWebhook(delivery.secret, timestamp, delivery.body),
      },
      body: delivery.body,
      timeoutMs: TIMEOUT_MS,
      maxBytes: MAX_ANSWER_BYTES,
    });
    if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status}`);
  };
}
