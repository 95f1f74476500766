/**
 * The audit chain's arithmetic, shared by the sealer and the verifier. A seal is
 * HMAC-SHA256(key of kid, kid + "\n" + previous seal + "\n" + the event's canonical JSON): without
 * the key nobody can write a seal that verifies, so rewriting an event and re-sealing it shows.
 * Keys carry an id (kid) stored on each seal so they can rotate: old seals verify with their kid.
 * Seals written before keys existed keep the kid "sha256" (plain SHA-256, the old formula) and
 * are accepted only before the first keyed seal. Web Crypto: Node and Workers.
 */

import { sha256Hex } from "./digest";

export const GENESIS = "0".repeat(64);
/** The kid of the seals made before keys (migration 0011): plain SHA-256, no secret. */
export const LEGACY_KID = "sha256";
/** The fixed key used outside production when AUDIT_KEYS is not set: it protects nothing. */
export const INSECURE_DEV_KID = "dev-insecure";

export interface AuditKeys {
  /** The kid new seals are made with. */
  readonly current: string;
  readonly secrets: ReadonlyMap<string, Uint8Array>;
  /** True for the fixed development key (demo, tests): its seals prove nothing. */
  readonly insecure: boolean;
}

/** What a seal covers: every column of the event, in a fixed order. */
export interface SealedEvent {
  readonly id: number;
  readonly requestId: number;
  readonly requestVersion: number | null;
  readonly actorId: number | null;
  readonly type: string;
  readonly fromState: string | null;
  readonly toState: string | null;
  readonly payload: string;
  readonly createdAt: number;
}

function canonical(event: SealedEvent): string {
  return JSON.stringify([
    event.id,
    event.requestId,
    event.requestVersion,
    event.actorId,
    event.type,
    event.fromState,
    event.toState,
    event.payload,
    event.createdAt,
  ]);
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");

const imported = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function hmacKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = imported.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", secret as Uint8Array<ArrayBuffer>, { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
    ]);
    imported.set(secret, key);
  }
  return key;
}

/** The seal of `event` after `prevHash` under `kid`; null when the kid is not among the keys. */
export async function chainHash(
  keys: AuditKeys,
  kid: string,
  prevHash: string,
  event: SealedEvent,
): Promise<string | null> {
  if (kid === LEGACY_KID) return sha256Hex(`${prevHash}\n${canonical(event)}`);
  const secret = keys.secrets.get(kid);
  if (!secret) return null;
  const data = new TextEncoder().encode(`${kid}\n${prevHash}\n${canonical(event)}`);
  return hex(await crypto.subtle.sign("HMAC", await hmacKey(secret), data));
}
