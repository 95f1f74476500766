/**
 * One way out for every address a user gave: each hop checked before it is fetched (and, on
 * Node, its resolved addresses checked by the transport as it connects), redirects followed by
 * hand under the same checks and counted, the whole exchange bounded in time, the body read as
 * a stream and cut at a size. Runtime-agnostic: the transport is the runtime's fetch.
 */

import { checkDestination } from "./destination";
import type { OutboundPolicy } from "./address-policy";
import { findOutboundError, OutboundError } from "./outbound-error";

/** The runtime's fetch (Node: undici with a checked DNS lookup; Workers: the global fetch). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

interface GuardedRequest {
  readonly method?: "GET" | "POST";
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
}

interface GuardedResponse {
  /** The address finally fetched, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export type GuardedFetch = (url: string, request?: GuardedRequest) => Promise<GuardedResponse>;

/** What the guard offers: fetching, and checking an address without fetching it (registration). */
export interface OutboundGuard {
  readonly fetch: GuardedFetch;
  /** Throws an OutboundError when the address may not be reached (after DNS where the runtime has it). */
  readonly check: (url: string) => Promise<URL>;
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export function createGuardedFetch(policy: OutboundPolicy, transport: Transport): GuardedFetch {
  return async (raw, request = {}) => {
    const limits = {
      timeoutMs: request.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: request.maxBytes ?? DEFAULTS.maxBytes,
      maxRedirects: request.maxRedirects ?? DEFAULTS.maxRedirects,
    };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    try {
      let url = checkDestination(raw, policy);
      let method = request.method ?? "GET";
      let body = request.body;
      for (let hop = 0; ; hop++) {
        const response = await transport(url.href, {
          method,
          headers: request.headers,
          body,
          redirect: "manual",
          signal: controller.signal,
        });
        const location = response.headers.get("location");
        if (!REDIRECTS.has(response.status) || !location) {
          const bytes = await readCapped(response, limits.maxBytes);
          return {
            url: url.href,
            status: response.status,
            contentType: response.headers.get("content-type") ?? "",
            bytes,
          };
        }
        await response.body?.cancel();
        if (hop >= limits.maxRedirects) {
          throw new OutboundError(
            "too_many_redirects",
            `L'adresse renvoie vers une autre plus de ${limits.maxRedirects} fois : Cadre s'arrête là.`,
          );
        }
        url = checkDestination(new URL(location, url).href, policy);
        // Like browsers: 303 (and 301/302 after a POST) continue as a GET without body.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === "POST")) {
          method = "GET";
          body = undefined;
        }
      }
    } catch (error) {
      throw asOutboundError(error, controller.signal.aborted, limits.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  };
}

function asOutboundError(error: unknown, timedOut: boolean, timeoutMs: number): OutboundError {
  const known = findOutboundError(error);
  if (known) return known;
  if (timedOut) {
    return new OutboundError(
      "timeout",
      `Le site n'a pas répondu en ${Math.round(timeoutMs / 1000)} secondes : Cadre a abandonné.`,
    );
  }
  return new OutboundError("unreachable", "Le site est injoignable (adresse introuvable ou connexion refusée).");
}

/** Reads at most `maxBytes`, stopping (and closing the connection) as soon as the body goes past. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

const tooLarge = (maxBytes: number) =>
  new OutboundError(
    "too_large",
    `Le fichier à cette adresse dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo : Cadre ne le télécharge pas.`,
  );
