/**
 * Webhook deliveries: a JSON POST signed with HMAC-SHA256 over "timestamp.body", like Stripe's
 * scheme, so a receiver can check both origin and freshness. Web Crypto: Node and Workers.
 */

import type { WebhookDelivery } from "./dispatch-outbox";

const SIGNATURE_HEADER = "x-cadre-signature";
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

export function createWebhookTransport(fetcher: typeof fetch = fetch, clock: () => number = Date.now) {
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
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };
}
